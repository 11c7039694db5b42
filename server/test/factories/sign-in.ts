import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { SessionState } from '@corium/contracts';
import type { Deps } from '../../src/deps';
import { totpCodeAt, totpStep } from '../../src/platform/auth/totp';
import type { TestClock } from '../build-test-app';
import { TEST_PASSWORD } from './clinic.factory';

export interface Browser {
  /** Headers a browser would send: the session cookie and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
  state: SessionState;
}

export interface SignInContext {
  app: FastifyInstance;
  deps: Deps;
  clock: TestClock;
}

const cookieOf = (response: LightMyRequestResponse): string | undefined => {
  const cookie = response.cookies.find((c) => c.name === '__Host-corium_session');
  return cookie ? `${cookie.name}=${cookie.value}` : undefined;
};

function next(browser: Browser | undefined, response: LightMyRequestResponse, state: SessionState): Browser {
  const cookie = cookieOf(response) ?? browser?.headers.cookie ?? '';
  const csrf = 'csrfToken' in state ? state.csrfToken : '';
  return { headers: { cookie, 'x-csrf-token': csrf }, state };
}

/** The password step only, as a browser does it. */
export async function passwordStep(
  t: SignInContext,
  email: string,
  password = TEST_PASSWORD,
): Promise<Browser> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return next(undefined, response, response.json<SessionState>());
}

/** The current TOTP code for a user, one step later than any used so far (codes never repeat). */
export async function nextTotpCode(t: SignInContext, email: string): Promise<string> {
  t.clock.advance(30_000);
  const user = await t.deps.db
    .selectFrom('app_user')
    .select('totp_secret')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return totpCodeAt(user.totp_secret!, totpStep(t.clock.now()));
}

/** Signs in all the way: password, then TOTP enrolment or verification for staff. */
export async function signIn(t: SignInContext, email: string, password = TEST_PASSWORD): Promise<Browser> {
  let browser = await passwordStep(t, email, password);
  if (browser.state.state === 'totp_enrolment_required') {
    await t.app.inject({ method: 'GET', url: '/api/auth/totp/enrolment', headers: browser.headers });
    const payload = { code: await nextTotpCode(t, email) };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enrol',
      headers: browser.headers,
      payload,
    });
    if (response.statusCode !== 200) throw new Error(`enrolment failed: ${response.body}`);
    browser = next(browser, response, response.json<{ session: SessionState }>().session);
  } else if (browser.state.state === 'totp_required') {
    const payload = { code: await nextTotpCode(t, email) };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: browser.headers,
      payload,
    });
    if (response.statusCode !== 200) throw new Error(`TOTP failed: ${response.body}`);
    browser = next(browser, response, response.json<SessionState>());
  }
  if (browser.state.state !== 'signed_in') throw new Error(`not signed in: ${JSON.stringify(browser.state)}`);
  return browser;
}
