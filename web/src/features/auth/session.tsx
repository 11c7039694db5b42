import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CurrentUser, SessionState, SignInRequest } from '@corium/contracts';
import { notifications } from '@mantine/notifications';
import { api, ApiError, isApiError, onSessionEnded } from '../../lib/api';

/** Where this browser stands, as far as the page knows; staff pass a second step after the password. */
export type SessionView =
  | { status: 'unknown' }
  | { status: 'unavailable'; error: ApiError }
  | { status: 'signed-out' }
  | { status: 'totp-required' }
  | { status: 'totp-enrolment-required' }
  | { status: 'signed-in'; current: CurrentUser };

export function viewOf(session: SessionState): SessionView {
  switch (session.state) {
    case 'signed_out':
      return { status: 'signed-out' };
    case 'totp_required':
      return { status: 'totp-required' };
    case 'totp_enrolment_required':
      return { status: 'totp-enrolment-required' };
    case 'signed_in':
      return { status: 'signed-in', current: session.current };
  }
}

interface SessionContextValue {
  /** `unknown` until the server has answered. */
  state: SessionView;
  /** Asks the server where the session stands, once; later calls reuse the answer. */
  check: () => void;
  /** Asks again, e.g. after the server could not be reached. */
  recheck: () => void;
  /** Takes on a session the server sent back from a sign-in step. */
  adopt: (session: SessionState) => void;
  /** Asks again without leaving the page, e.g. when a half-finished sign-in may have timed out. */
  refresh: () => Promise<SessionState>;
  signIn: (credentials: SignInRequest) => Promise<SessionState>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function toUnavailable(error: unknown): SessionView {
  const apiError = error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', 'Something went wrong.');
  return { status: 'unavailable', error: apiError };
}

function useSessionEndedNotice(recheck: () => void) {
  useEffect(
    () =>
      onSessionEnded(() => {
        // Several requests may fail together; one notice is enough.
        notifications.show({
          id: 'session-ended',
          color: 'yellow',
          title: 'Your session has ended',
          message: 'For the safety of patient records, Corium signs you out after a while. Sign in again.',
        });
        recheck();
      }),
    [recheck],
  );
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionView>({ status: 'unknown' });
  const asked = useRef(false);

  const adopt = useCallback((session: SessionState) => {
    asked.current = true;
    setState(viewOf(session));
  }, []);

  const ask = useCallback(() => {
    asked.current = true;
    api.session().then(adopt, (error: unknown) => setState(toUnavailable(error)));
  }, [adopt]);

  const check = useCallback(() => {
    if (!asked.current) ask();
  }, [ask]);

  const recheck = useCallback(() => {
    setState({ status: 'unknown' });
    ask();
  }, [ask]);

  useSessionEndedNotice(recheck);

  const refresh = useCallback(async () => {
    const session = await api.session();
    adopt(session);
    return session;
  }, [adopt]);

  const signIn = useCallback(
    async (credentials: SignInRequest) => {
      const session = await api.signIn(credentials);
      adopt(session);
      return session;
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } catch (error) {
      // A session that already ended needs no signing out.
      if (!isApiError(error, 'UNAUTHENTICATED')) throw error;
    }
    adopt({ state: 'signed_out' });
  }, [adopt]);

  const value = useMemo(
    () => ({ state, check, recheck, adopt, refresh, signIn, signOut }),
    [state, check, recheck, adopt, refresh, signIn, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in person; only for pages behind a sign-in guard. */
export function useCurrentUser(): CurrentUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useCurrentUser must be used behind a sign-in guard');
  return state.current;
}
