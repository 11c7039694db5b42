import { withdrawConsentRequest, type SignedConsent } from '@corium/contracts';
import { ReasonDialog } from '../../ui/ReasonDialog';
import type { ConsentChannel } from './consent-api';
import type { Audience } from './consent-words';

interface WithdrawConsentDialogProps {
  channel: ConsentChannel;
  consent: SignedConsent;
  audience: Audience;
  onWithdrawn: (consent: SignedConsent) => void;
  onClose: () => void;
}

function consequences(consent: SignedConsent, audience: Audience): string {
  const photos =
    consent.treatment === 'photography'
      ? audience === 'patient'
        ? ' Every use of your photos you allowed under it stops too.'
        : ' Every photo use granted under it is taken back too.'
      : '';
  return audience === 'patient'
    ? `From now on this consent no longer covers any session: no treatment can go ahead until you sign again.${photos} The signed document stays in your record.`
    : `Record this only on the patient’s instruction. From now on the consent covers no session until the patient signs again.${photos} The signed document stays in the record.`;
}

/** Withdrawing a consent: what it means, the reason, and a red button to confirm. */
export function WithdrawConsentDialog({
  channel,
  consent,
  audience,
  onWithdrawn,
  onClose,
}: WithdrawConsentDialogProps) {
  const patient = audience === 'patient';
  return (
    <ReasonDialog
      title={`Withdraw: ${consent.title}`}
      explanation={consequences(consent, audience)}
      label={patient ? 'Why are you withdrawing?' : 'The patient’s reason'}
      description={
        patient
          ? 'A few words are enough; the clinic reads it.'
          : 'As the patient gave it; kept with the consent.'
      }
      maxLength={2000}
      accepts={(reason) => withdrawConsentRequest.safeParse({ reason }).success}
      invalidMessage="Give a reason in a few words (at most 2000 characters)"
      confirmLabel="Withdraw consent"
      failureTitle="Not withdrawn"
      onConfirm={async (reason) => onWithdrawn(await channel.withdraw(consent.id, reason))}
      onClose={onClose}
      size="lg"
    />
  );
}
