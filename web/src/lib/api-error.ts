import { errorBody, fieldIssue, type ErrorCode, type FieldIssue } from '@corium/contracts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** How long a `RATE_LIMITED` caller must wait, when the server said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The invalid fields of a `VALIDATION_FAILED` error, by dot path (e.g. `admin.email`). */
  get fieldIssues(): FieldIssue[] {
    if (this.code !== 'VALIDATION_FAILED') return [];
    const parsed = fieldIssue.array().safeParse(this.details);
    return parsed.success ? parsed.data : [];
  }
}

// Used only when the body is not one of ours, e.g. a reverse proxy's error page.
const codeByStatus: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  502: 'SERVICE_UNAVAILABLE',
  503: 'SERVICE_UNAVAILABLE',
  504: 'SERVICE_UNAVAILABLE',
};

function positiveNumber(value: unknown): number | null {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : null;
}

/** The body's `details.retryAfterSeconds`, else the `Retry-After` header (seconds). */
function retryAfter(response: Response, details: unknown): number | null {
  const fromBody =
    typeof details === 'object' && details !== null
      ? positiveNumber((details as Record<string, unknown>).retryAfterSeconds)
      : null;
  return fromBody ?? positiveNumber(response.headers.get('Retry-After'));
}

export async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorBody.safeParse(body);
  if (parsed.success) {
    const { error, message, details } = parsed.data;
    return new ApiError(response.status, error, message, details, retryAfter(response, details));
  }
  const code = codeByStatus[response.status] ?? 'INTERNAL';
  const message =
    code === 'SERVICE_UNAVAILABLE'
      ? `The server is not answering (HTTP ${response.status}). It may be restarting; try again in a moment.`
      : `The server answered with an unexpected error (HTTP ${response.status}).`;
  return new ApiError(response.status, code, message, undefined, retryAfter(response, undefined));
}

function tooManyAttempts(seconds: number | null): string {
  if (seconds === null) return 'Too many attempts. Try again in a few minutes.';
  const minutes = Math.ceil(seconds / 60);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/** A sentence to show a person for any failure, including ones that are not `ApiError`s. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Please try again.';
  if (error.code === 'RATE_LIMITED') return tooManyAttempts(error.retryAfterSeconds);
  return error.message;
}

export function isApiError(error: unknown, code: ErrorCode): error is ApiError {
  return error instanceof ApiError && error.code === code;
}
