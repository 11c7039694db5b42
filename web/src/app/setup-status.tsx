import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SetupStatus } from '@corium/contracts';
import { api, describeError } from '../lib/api';

type SetupState =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; setup: SetupStatus };

interface SetupContextValue {
  state: SetupState;
  reload: () => void;
  /** Records a just-created clinic without another round trip. */
  markOnboarded: (clinic: { name: string; timeZone: string }) => void;
}

const SetupContext = createContext<SetupContextValue | null>(null);

export function SetupStatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SetupState>({ status: 'loading' });

  const fetchStatus = useCallback(() => {
    api.setupStatus().then(
      (setup) => setState({ status: 'ready', setup }),
      (error: unknown) => setState({ status: 'failed', message: describeError(error) }),
    );
  }, []);

  useEffect(fetchStatus, [fetchStatus]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    fetchStatus();
  }, [fetchStatus]);

  const markOnboarded = useCallback((clinic: { name: string; timeZone: string }) => {
    setState({ status: 'ready', setup: { needsOnboarding: false, clinic } });
  }, []);

  const value = useMemo(() => ({ state, reload, markOnboarded }), [state, reload, markOnboarded]);
  return <SetupContext value={value}>{children}</SetupContext>;
}

export function useSetupStatus(): SetupContextValue {
  const value = use(SetupContext);
  if (!value) throw new Error('useSetupStatus must be used inside <SetupStatusProvider>');
  return value;
}

/** The setup answer; only for pages rendered after the setup gate has loaded it. */
export function useSetup(): SetupStatus {
  const { state } = useSetupStatus();
  if (state.status !== 'ready') throw new Error('useSetup must be used behind the setup gate');
  return state.setup;
}
