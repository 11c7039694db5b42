import { useState } from 'react';
import { usePageTitle } from '../../ui/page-title';
import { SignInCard } from './SignInCard';
import { SignInStepGate } from './SignInStepGate';
import { StartOverButton } from './StartOverButton';
import { VerifyForm, type VerifyMethod } from './VerifyForm';

const intros: Record<VerifyMethod, string> = {
  code: 'Open the authenticator app on your phone and enter the 6-digit code it shows for Corium.',
  recovery:
    'Enter one of the recovery codes you saved when you set up two-step sign-in. Each code works once.',
};

export function VerifyPage() {
  usePageTitle('Two-step sign-in');
  const [method, setMethod] = useState<VerifyMethod>('code');
  const [switched, setSwitched] = useState(false);

  function switchMethod() {
    setMethod((current) => (current === 'code' ? 'recovery' : 'code'));
    setSwitched(true);
  }

  return (
    <SignInStepGate step="verify">
      <SignInCard title="Two-step sign-in" intro={intros[method]}>
        <VerifyForm key={method} method={method} onSwitchMethod={switchMethod} focusOnMount={switched} />
        <StartOverButton />
      </SignInCard>
    </SignInStepGate>
  );
}
