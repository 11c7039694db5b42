import { useState } from 'react';
import type { TotpEnrolResponse } from '@corium/contracts';
import { usePageTitle } from '../../ui/page-title';
import { AuthenticatorSetup } from './AuthenticatorSetup';
import { RecoveryCodes } from './RecoveryCodes';
import { useSession } from './session';
import { SignInCard } from './SignInCard';
import { SignInStepGate } from './SignInStepGate';
import { StartOverButton } from './StartOverButton';

const setupIntro =
  'Staff accounts open patient records, so they need a second step after the password: a code from an ' +
  'authenticator app on your phone, such as Aegis, 2FAS, Google Authenticator or Microsoft Authenticator.';

const codesIntro =
  'Two-step sign-in is on. If you lose your phone, each of these codes lets you sign in once instead of an ' +
  'authentication code. Corium shows them only now: keep them in a password manager or a safe place.';

export function EnrolPage() {
  const [enrolled, setEnrolled] = useState<TotpEnrolResponse | null>(null);
  const { adopt } = useSession();
  usePageTitle(enrolled ? 'Save your recovery codes' : 'Set up two-step sign-in');

  // The session is signed in from the moment the code is accepted; it is adopted only once the
  // codes are saved, because adopting it moves on to the person's area.
  return (
    <SignInStepGate step="enrol">
      {enrolled ? (
        <SignInCard title="Save your recovery codes" intro={codesIntro} wide>
          <RecoveryCodes enrolled={enrolled} onSaved={() => adopt(enrolled.session)} />
        </SignInCard>
      ) : (
        <SignInCard title="Set up two-step sign-in" intro={setupIntro} wide>
          <AuthenticatorSetup onEnrolled={setEnrolled} />
          <StartOverButton />
        </SignInCard>
      )}
    </SignInStepGate>
  );
}
