import { medicalHistory, portalIntake, type MedicalHistory, type PortalIntake } from '@corium/contracts';
import { api, ApiError } from '../../lib/api';
import { errorFrom } from '../../lib/api-error';
import type { Answers } from './intake-values';

/*
 * The portal intake's three calls. The shared client in lib/api.ts has no PUT and keeps its
 * request helpers private, so these calls fetch the session's CSRF token through it instead.
 */

const unreachable = () =>
  new ApiError(
    0,
    'SERVICE_UNAVAILABLE',
    'Corium could not reach the server. Check the connection and try again.',
  );

// The token is asked for on every write: a stale one, after signing in again, would be refused.
async function csrfHeader(): Promise<Record<string, string>> {
  const session = await api.session();
  return session.state === 'signed_out' ? {} : { 'X-CSRF-Token': session.csrfToken };
}

async function send(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, await csrfHeader());
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw unreachable();
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

async function parsed<T>(response: Response, schema: Schema<T>): Promise<T> {
  const result = schema.safeParse(await response.json().catch(() => undefined));
  if (result.success) return result.data;
  throw new ApiError(
    response.status,
    'INTERNAL',
    'The server sent a reply this version of Corium does not understand.',
  );
}

export const intakeApi = {
  /** Where the patient left off, and what they last sent. */
  load: async (): Promise<PortalIntake> => parsed(await send('GET', '/api/portal/intake'), portalIntake),
  /** Keeps the answers so far, so the questionnaire can be finished later or on another device. */
  saveDraft: async (answers: Answers): Promise<void> => {
    await send('PUT', '/api/portal/intake/draft', { answers });
  },
  /** Sends the answers to the clinic as a new version of the medical history; the draft is removed. */
  send: async (answers: Answers): Promise<MedicalHistory> =>
    parsed(await send('POST', '/api/portal/intake', { answers }), medicalHistory),
};
