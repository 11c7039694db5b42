import type { ErrorCode } from '@corium/contracts';
import { AppError } from '../../platform/errors/app-error';
import { httpStatus } from '../../platform/errors/status';
import { toAppError } from '../../platform/errors/to-app-error';

/** A FHIR R4 OperationOutcome (http://hl7.org/fhir/R4/operationoutcome.html), errors only. */
export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: {
    severity: 'fatal' | 'error' | 'warning' | 'information';
    /** From http://hl7.org/fhir/issue-type. */
    code: string;
    diagnostics?: string;
    details?: { coding: { system: string; code: string }[]; text: string };
    expression?: string[];
  }[];
}

/** Corium's error codes as FHIR issue types (http://hl7.org/fhir/R4/valueset-issue-type.html). */
const issueTypes: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'invalid',
  BAD_REQUEST: 'invalid',
  UNAUTHENTICATED: 'login',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'not-found',
  CONFLICT: 'conflict',
  ALREADY_ONBOARDED: 'duplicate',
  NOT_OVERRIDABLE: 'business-rule',
  CONSENT_REQUIRED: 'business-rule',
  SLOT_TAKEN: 'conflict',
  SCREENING_BLOCKED: 'business-rule',
  OVERRIDE_REQUIRED: 'business-rule',
  SPACING_TOO_CLOSE: 'business-rule',
  CHART_SIGNED: 'business-rule',
  LOT_UNUSABLE: 'business-rule',
  CARTRIDGE_REUSED: 'duplicate',
  DEPTH_OVER_CAP: 'business-rule',
  NOT_FOR_NEEDLED_SKIN: 'business-rule',
  IDEMPOTENCY_KEY_REUSED: 'conflict',
  PRECONDITION_FAILED: 'conflict',
  PAYLOAD_TOO_LARGE: 'too-costly',
  UNSUPPORTED_MEDIA_TYPE: 'not-supported',
  IMAGE_UNREADABLE: 'invalid',
  BREAK_GLASS_REQUIRED: 'forbidden',
  RATE_LIMITED: 'throttled',
  SERVICE_UNAVAILABLE: 'transient',
  INTERNAL: 'exception',
};

/** Where Corium's own error codes are named, so a client can still switch on them. */
export const CORIUM_ERROR_SYSTEM = 'https://corium.health/fhir/CodeSystem/error';

function fieldPaths(details: unknown): string[] | undefined {
  if (!Array.isArray(details)) return undefined;
  const paths = details
    .map((d) => (d as { path?: unknown }).path)
    .filter((p): p is string => typeof p === 'string' && p.length > 0);
  return paths.length > 0 ? paths : undefined;
}

/** Anything thrown while answering a FHIR request, as an HTTP status and an OperationOutcome. */
export function toOperationOutcome(error: unknown): { status: number; outcome: OperationOutcome } {
  const appError = error instanceof AppError ? error : toAppError(error);
  const status = httpStatus[appError.code];
  const expression = fieldPaths(appError.details);
  const detailText = Array.isArray(appError.details)
    ? appError.details
        .map((d) => (d as { message?: unknown }).message)
        .filter((m): m is string => typeof m === 'string' && m !== appError.message)
    : [];
  const diagnostics = [appError.message, ...new Set(detailText)].join(' — ');
  return {
    status,
    outcome: {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: status >= 500 ? 'fatal' : 'error',
          code: issueTypes[appError.code],
          diagnostics,
          details: {
            coding: [{ system: CORIUM_ERROR_SYSTEM, code: appError.code }],
            text: appError.message,
          },
          ...(expression ? { expression } : {}),
        },
      ],
    },
  };
}
