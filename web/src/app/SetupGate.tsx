import { Suspense } from 'react';
import { Navigate, Outlet, ScrollRestoration, useLocation } from 'react-router-dom';
import { FullPageLoader } from '../ui/FullPageLoader';
import { ProblemScreen } from '../ui/ProblemScreen';
import { SkipLink } from '../ui/SkipLink';
import { useSetupStatus } from './setup-status';

/** Every page waits for the setup answer; until a clinic exists, every address leads to onboarding. */
export function SetupGate() {
  const { state, reload } = useSetupStatus();
  const { pathname } = useLocation();

  if (state.status === 'loading') return <FullPageLoader label="Opening Corium…" />;
  if (state.status === 'failed') {
    return <ProblemScreen title="Corium is not responding" message={state.message} onRetry={reload} />;
  }
  if (state.setup.needsOnboarding && pathname !== '/onboarding') {
    return <Navigate to="/onboarding" replace />;
  }
  return (
    <>
      <SkipLink />
      {/* Onboarding has no frame of its own to hold a loader (PageOutlet). */}
      <Suspense fallback={<FullPageLoader label="Opening Corium…" />}>
        <Outlet />
      </Suspense>
      <ScrollRestoration />
    </>
  );
}
