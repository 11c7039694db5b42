import {
  accessLog,
  apiTokenList,
  invitationDetails,
  inviteResponse,
  medicalHistory,
  onboardingResponse,
  patientList,
  patientRecord,
  portalRecord,
  sessionState,
  setupStatus,
  staffList,
  staffUser,
  totpEnrolResponse,
  totpEnrolment,
  type AccessLog,
  type ApiToken,
  type CreatePatientRequest,
  type InvitationDetails,
  type InviteRequest,
  type InviteResponse,
  type MedicalHistory,
  type OnboardingRequest,
  type OnboardingResponse,
  type PatientList,
  type PatientRecord,
  type PortalRecord,
  type SessionState,
  type SetupStatus,
  type SignInRequest,
  type StaffUser,
  type TotpEnrolment,
  type TotpEnrolResponse,
  type TotpVerifyRequest,
  type UpdatePatientRequest,
  type UpdateUserRequest,
} from '@corium/contracts';
import { ApiError, errorFrom } from './api-error';

export { ApiError, describeError, isApiError } from './api-error';

/** Anything with Zod's `safeParse`; keeps the web app from depending on Zod directly. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The CSRF token of the latest `SessionState` this page received. `undefined` until the first
 * one arrives: the session cookie is HttpOnly, so only the server can say whether one exists.
 */
let csrfToken: string | null | undefined;

function rememberSession(session: SessionState): SessionState {
  csrfToken = session.state === 'signed_out' ? null : session.csrfToken;
  return session;
}

type SessionEndedListener = () => void;
const sessionEndedListeners = new Set<SessionEndedListener>();

/** Calls `listener` when the server stops recognising the session, e.g. after the idle timeout. */
export function onSessionEnded(listener: SessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

// Sign-in steps and invitations answer 401 for a wrong code or password, not a lost session.
const refusesCredentials = (method: Method, path: string) =>
  method !== 'GET' && (path.startsWith('/api/auth/') || path.startsWith('/api/invitations/'));

/** The header a write must carry; features that cannot use `request()` (e.g. uploads) add it themselves. */
export async function csrfHeader(method: Method): Promise<Record<string, string>> {
  if (method === 'GET') return {};
  // If the server cannot say, the request goes without; its own answer will explain the problem.
  if (csrfToken === undefined) await api.session().catch(() => undefined);
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

/** The error for a request that never got an answer (offline, server down, connection cut). */
export function unreachable(): ApiError {
  return new ApiError(
    0,
    'SERVICE_UNAVAILABLE',
    'Corium could not reach the server. Check the connection and try again.',
  );
}

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(await csrfHeader(method)) };
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
    throw unreachable();
  }
}

/** The `ApiError` of a failed reply; a lost session is announced to whoever listens for it. */
export async function failureFrom(method: Method, path: string, response: Response): Promise<ApiError> {
  const error = await errorFrom(response);
  if (error.code === 'UNAUTHENTICATED' && !refusesCredentials(method, path)) {
    csrfToken = null;
    sessionEndedListeners.forEach((listener) => listener());
  }
  return error;
}

async function sendChecked(method: Method, path: string, body?: unknown): Promise<Response> {
  const response = await send(method, path, body);
  if (response.ok) return response;
  throw await failureFrom(method, path, response);
}

/** A successful reply's body checked against its contract. */
export function checkedReply<T>(status: number, body: unknown, schema: ResponseSchema<T>): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      status,
      'INTERNAL',
      'The server sent a reply this version of Corium does not understand.',
    );
  }
  return parsed.data;
}

/**
 * The one way the web app calls the API: CSRF header on writes, session loss noticed, the reply
 * checked against its contract. Features keep their calls beside them (e.g. `intake-api.ts`)
 * built on this and `requestNoContent`.
 */
export async function request<T>(
  method: Method,
  path: string,
  schema: ResponseSchema<T>,
  body?: unknown,
): Promise<T> {
  const response = await sendChecked(method, path, body);
  return checkedReply(response.status, await response.json().catch(() => undefined), schema);
}

export async function requestNoContent(method: Method, path: string, body?: unknown): Promise<void> {
  await sendChecked(method, path, body);
}

async function sessionRequest(method: Method, path: string, body?: unknown): Promise<SessionState> {
  return rememberSession(await request(method, path, sessionState, body));
}

type QueryValues = Record<string, string | number | null | undefined>;

/** `path?key=value…`, leaving out empty values so the server applies its defaults. */
export function withQuery(path: string, values: QueryValues): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

export const segment = encodeURIComponent;

export interface PatientSearch {
  q?: string;
  limit?: number;
  offset?: number;
}

/** The contract's `accessLogQuery`, as the web app sends it. */
export interface AccessLogSearch {
  userId?: string;
  /** `YYYY-MM-DD`, in the clinic's calendar. */
  from?: string;
  to?: string;
  limit?: number;
}

export function accessLogCsvUrl(patientId: string, filters: AccessLogSearch): string {
  return withQuery(`/api/patients/${segment(patientId)}/access-log.csv`, { ...filters });
}

export const api = {
  setupStatus: (): Promise<SetupStatus> => request('GET', '/api/setup', setupStatus),
  createClinic: (body: OnboardingRequest): Promise<OnboardingResponse> =>
    request('POST', '/api/setup', onboardingResponse, body),

  session: (): Promise<SessionState> => sessionRequest('GET', '/api/auth/session'),
  signIn: (body: SignInRequest): Promise<SessionState> => sessionRequest('POST', '/api/auth/sign-in', body),
  signOut: async (): Promise<void> => {
    await requestNoContent('POST', '/api/auth/sign-out');
    csrfToken = null;
  },
  totpEnrolment: (): Promise<TotpEnrolment> => request('GET', '/api/auth/totp/enrolment', totpEnrolment),
  enrolTotp: async (code: string): Promise<TotpEnrolResponse> => {
    const enrolled = await request('POST', '/api/auth/totp/enrol', totpEnrolResponse, { code });
    rememberSession(enrolled.session);
    return enrolled;
  },
  verifyTotp: (body: TotpVerifyRequest): Promise<SessionState> =>
    sessionRequest('POST', '/api/auth/totp/verify', body),

  invitation: (token: string): Promise<InvitationDetails> =>
    request('GET', `/api/invitations/${segment(token)}`, invitationDetails),
  acceptInvitation: (token: string, password: string): Promise<SessionState> =>
    sessionRequest('POST', `/api/invitations/${segment(token)}/accept`, { password }),

  staff: async (): Promise<StaffUser[]> => (await request('GET', '/api/users', staffList)).users,
  inviteStaff: (body: InviteRequest): Promise<InviteResponse> =>
    request('POST', '/api/users/invitations', inviteResponse, body),
  updateStaff: (userId: string, body: UpdateUserRequest): Promise<StaffUser> =>
    request('PATCH', `/api/users/${segment(userId)}`, staffUser, body),
  apiTokens: async (): Promise<ApiToken[]> => (await request('GET', '/api/tokens', apiTokenList)).tokens,
  revokeApiToken: (tokenId: string): Promise<void> =>
    requestNoContent('DELETE', `/api/tokens/${segment(tokenId)}`),

  patients: (search: PatientSearch): Promise<PatientList> =>
    request('GET', withQuery('/api/patients', { ...search }), patientList),
  patient: (patientId: string): Promise<PatientRecord> =>
    request('GET', `/api/patients/${segment(patientId)}`, patientRecord),
  /** Refused with `CONFLICT` and the candidates when the patient may already be registered. */
  registerPatient: (body: CreatePatientRequest): Promise<PatientRecord> =>
    request('POST', '/api/patients', patientRecord, body),
  /** Changes only the fields in `body`. */
  updatePatient: (patientId: string, body: UpdatePatientRequest): Promise<PatientRecord> =>
    request('PATCH', `/api/patients/${segment(patientId)}`, patientRecord, body),
  medicalHistory: (patientId: string): Promise<MedicalHistory> =>
    request('GET', `/api/patients/${segment(patientId)}/medical-history`, medicalHistory),
  patientAccessLog: (patientId: string, filters: AccessLogSearch): Promise<AccessLog> =>
    request('GET', withQuery(`/api/patients/${segment(patientId)}/access-log`, { ...filters }), accessLog),

  portalRecord: (): Promise<PortalRecord> => request('GET', '/api/portal/record', portalRecord),
  portalAccessLog: (): Promise<AccessLog> => request('GET', '/api/portal/access-log', accessLog),
};
