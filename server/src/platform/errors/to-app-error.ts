import type { FieldIssue } from '@corium/contracts';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './app-error';

/**
 * Turns anything thrown while handling a request into an AppError: our own errors pass through,
 * schema validation keeps the field paths, PostgreSQL constraint violations become CONFLICT or
 * VALIDATION_FAILED, Fastify's own 4xx errors keep their meaning. Anything else is a bug (500).
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details: FieldIssue[] = error.validation.map((v) => ({
      // Body fields are named as the form names them (`admin.email`); others keep their source.
      path: [error.validationContext === 'body' ? '' : error.validationContext, ...pathOf(v.instancePath)]
        .filter(Boolean)
        .join('.'),
      message: v.message ?? 'Invalid value',
    }));
    return new AppError('VALIDATION_FAILED', 'Some fields are not valid', details);
  }
  return (
    fromPostgres(error) ?? fromFastify(error) ?? new AppError('INTERNAL', 'Something went wrong on our side')
  );
}

function pathOf(instancePath: string): string[] {
  return instancePath.split('/').filter(Boolean);
}

const pgCodes: Record<string, [AppError['code'], string]> = {
  '23505': ['CONFLICT', 'This conflicts with an existing record'],
  '23P01': ['CONFLICT', 'This overlaps an existing record'],
  '23503': ['VALIDATION_FAILED', 'A referenced record does not exist'],
  '23514': ['VALIDATION_FAILED', 'A value is out of range'],
  '22P02': ['VALIDATION_FAILED', 'A value has the wrong format'],
  '22007': ['VALIDATION_FAILED', 'A date or time has the wrong format'],
  '22008': ['VALIDATION_FAILED', 'A date or time is out of range'],
  // Text PostgreSQL cannot store: a NUL byte in a text column (22021) or in JSON (22P05).
  '22021': ['VALIDATION_FAILED', 'Text contains a character that cannot be stored (a NUL byte)'],
  '22P05': ['VALIDATION_FAILED', 'Text contains a character that cannot be stored (a NUL byte)'],
};

function fromPostgres(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const mapped = pgCodes[code];
  if (!mapped) return undefined;
  const constraint = (error as { constraint?: string }).constraint;
  return new AppError(mapped[0], mapped[1], constraint ? { constraint } : undefined);
}

function fromFastify(error: unknown): AppError | undefined {
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  if (typeof statusCode !== 'number' || statusCode >= 500) return undefined;
  const message = (error as Error).message;
  if (statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
  if (statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', message);
  if (statusCode === 429) return new AppError('RATE_LIMITED', message);
  if (statusCode === 401) return new AppError('UNAUTHENTICATED', message);
  if (statusCode === 403) return new AppError('FORBIDDEN', message);
  if (statusCode === 404) return new AppError('NOT_FOUND', message);
  return new AppError('BAD_REQUEST', message);
}
