import { useLocation } from 'react-router-dom';
import { useSetup } from '../../app/setup-status';
import { usePageTitle } from '../../ui/page-title';
import { readArrival } from './sign-in-form';
import { SignInCard } from './SignInCard';
import { SignInForm } from './SignInForm';
import { SignInStepGate } from './SignInStepGate';

export function SignInPage() {
  usePageTitle('Sign in');
  const { clinic } = useSetup();
  const arrival = readArrival(useLocation().state);

  return (
    <SignInStepGate step="password">
      <SignInCard title="Sign in" intro={`For staff and patients of ${clinic?.name ?? 'this clinic'}.`}>
        <SignInForm initialEmail={arrival.email} />
      </SignInCard>
    </SignInStepGate>
  );
}
