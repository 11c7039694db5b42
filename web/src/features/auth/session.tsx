import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CurrentUser, SignInRequest } from '@corium/contracts';
import { api, ApiError } from '../../lib/api';

type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; current: CurrentUser }
  | { status: 'unavailable'; error: ApiError };

interface SessionContextValue {
  /** `unknown` until the server has answered. */
  state: SessionState;
  /** Asks the server who is signed in, once; later calls reuse the answer. */
  check: () => void;
  /** Asks again, e.g. after the server could not be reached. */
  recheck: () => void;
  signIn: (credentials: SignInRequest) => Promise<CurrentUser>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function toUnavailable(error: unknown): SessionState {
  const apiError = error instanceof ApiError ? error : new ApiError(0, 'INTERNAL', 'Something went wrong.');
  return { status: 'unavailable', error: apiError };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'unknown' });
  const asked = useRef(false);

  const ask = useCallback(() => {
    asked.current = true;
    api.currentUser().then(
      (current) => setState({ status: 'signed-in', current }),
      (error: unknown) => {
        const signedOut = error instanceof ApiError && error.code === 'UNAUTHENTICATED';
        setState(signedOut ? { status: 'signed-out' } : toUnavailable(error));
      },
    );
  }, []);

  const check = useCallback(() => {
    if (!asked.current) ask();
  }, [ask]);

  const recheck = useCallback(() => {
    setState({ status: 'unknown' });
    ask();
  }, [ask]);

  const signIn = useCallback(async (credentials: SignInRequest) => {
    const current = await api.signIn(credentials);
    asked.current = true;
    setState({ status: 'signed-in', current });
    return current;
  }, []);

  const signOut = useCallback(async () => {
    await api.signOut();
    asked.current = true;
    setState({ status: 'signed-out' });
  }, []);

  const value = useMemo(
    () => ({ state, check, recheck, signIn, signOut }),
    [state, check, recheck, signIn, signOut],
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
