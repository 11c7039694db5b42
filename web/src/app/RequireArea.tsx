import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { areaFor, areaHome, type Area } from '../features/auth/roles';
import { useSession } from '../features/auth/session';
import { pathForSession } from '../features/auth/SignInStepGate';
import { FullPageLoader } from '../ui/FullPageLoader';
import { ProblemScreen } from '../ui/ProblemScreen';

interface RequireAreaProps {
  area: Area;
}

/** Lets through only people whose role belongs in `area`; sends everyone else where they belong. */
export function RequireArea({ area }: RequireAreaProps) {
  const { state, check, recheck } = useSession();
  const location = useLocation();

  useEffect(check, [check]);

  switch (state.status) {
    case 'unknown':
      return <FullPageLoader label="Checking your sign-in…" />;
    case 'unavailable':
      return (
        <ProblemScreen title="Corium is not responding" message={state.error.message} onRetry={recheck} />
      );
    case 'signed-in': {
      const ownArea = areaFor(state.current.user.role);
      return ownArea === area ? <Outlet /> : <Navigate to={areaHome[ownArea]} replace />;
    }
    default:
      // Signed out, or half-way through signing in: finish that first, then come back here.
      return <Navigate to={pathForSession(state) ?? '/signin'} replace state={{ from: location.pathname }} />;
  }
}
