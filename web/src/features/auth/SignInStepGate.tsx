import { useEffect, type ReactNode } from 'react';
import { Container } from '@mantine/core';
import { Navigate, useLocation } from 'react-router-dom';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useSession, type SessionView } from './session';
import { destinationAfterSignIn, readArrival } from './sign-in-form';

export type SignInStep = 'password' | 'verify' | 'enrol';

const stepPaths: Record<SignInStep, string> = {
  password: '/signin',
  verify: '/signin/verify',
  enrol: '/signin/enrol',
};

function stepFor(status: 'signed-out' | 'totp-required' | 'totp-enrolment-required'): SignInStep {
  if (status === 'totp-required') return 'verify';
  return status === 'totp-enrolment-required' ? 'enrol' : 'password';
}

/** Where someone in this session state belongs: the next sign-in step, or their own area. */
export function pathForSession(view: SessionView, from: string | null = null): string | null {
  switch (view.status) {
    case 'unknown':
    case 'unavailable':
      return null;
    case 'signed-in':
      return destinationAfterSignIn(view.current.user.role, from);
    default:
      return stepPaths[stepFor(view.status)];
  }
}

interface SignInStepGateProps {
  step: SignInStep;
  children: ReactNode;
}

/**
 * Shows a sign-in step only to a session that is at that step, so a reload or the back button
 * lands on the right one. The page someone was turned away from travels along in router state.
 */
export function SignInStepGate({ step, children }: SignInStepGateProps) {
  const { state, check, recheck } = useSession();
  const arrival = readArrival(useLocation().state);

  useEffect(check, [check]);

  if (state.status === 'unknown') return <SectionLoader label="Checking your sign-in…" />;
  if (state.status === 'unavailable') {
    return (
      <Container size={460} py="xl">
        <LoadProblem title="Corium is not responding" error={state.error} onRetry={recheck} />
      </Container>
    );
  }
  const path = pathForSession(state, arrival.from);
  if (path === null || path === stepPaths[step]) return children;
  return <Navigate to={path} replace state={{ from: arrival.from, email: arrival.email }} />;
}
