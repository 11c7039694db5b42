import {
  currentUser,
  errorBody,
  fieldIssue,
  onboardingResponse,
  setupStatus,
  type CurrentUser,
  type ErrorCode,
  type FieldIssue,
  type OnboardingRequest,
  type OnboardingResponse,
  type SetupStatus,
  type SignInRequest,
} from '@corium/contracts';

/** Anything with Zod's `safeParse`; keeps the web app from depending on Zod directly. */
interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
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

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorBody.safeParse(body);
  if (parsed.success) {
    const { error, message, details } = parsed.data;
    return new ApiError(response.status, error, message, details);
  }
  const code = codeByStatus[response.status] ?? 'INTERNAL';
  const message =
    code === 'SERVICE_UNAVAILABLE'
      ? `The server is not answering (HTTP ${response.status}). It may be restarting; try again in a moment.`
      : `The server answered with an unexpected error (HTTP ${response.status}).`;
  return new ApiError(response.status, code, message);
}

async function send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // An empty body must not claim to be JSON, or the server rejects it.
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'SERVICE_UNAVAILABLE',
      'Corium could not reach the server. Check the connection and try again.',
    );
  }
}

async function request<T>(
  method: 'GET' | 'POST',
  path: string,
  schema: ResponseSchema<T>,
  body?: unknown,
): Promise<T> {
  const response = await send(method, path, body);
  if (!response.ok) throw await errorFrom(response);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'INTERNAL',
      'The server sent a reply this version of Corium does not understand.',
    );
  }
  return parsed.data;
}

async function requestNoContent(method: 'POST', path: string): Promise<void> {
  const response = await send(method, path);
  if (!response.ok) throw await errorFrom(response);
}

export const api = {
  setupStatus: (): Promise<SetupStatus> => request('GET', '/api/setup', setupStatus),
  createClinic: (body: OnboardingRequest): Promise<OnboardingResponse> =>
    request('POST', '/api/setup', onboardingResponse, body),
  signIn: (body: SignInRequest): Promise<CurrentUser> =>
    request('POST', '/api/auth/sign-in', currentUser, body),
  currentUser: (): Promise<CurrentUser> => request('GET', '/api/auth/me', currentUser),
  signOut: (): Promise<void> => requestNoContent('POST', '/api/auth/sign-out'),
};

/** A sentence to show a person for any failure, including ones that are not `ApiError`s. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}
