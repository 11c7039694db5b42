import { useState, type FormEvent } from 'react';
import { withdrawConsentRequest, type SignedConsent } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
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

function useWithdrawal({ channel, consent, onWithdrawn }: WithdrawConsentDialogProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!withdrawConsentRequest.safeParse({ reason }).success) {
      setReasonError('Give a reason in a few words (at most 2000 characters)');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onWithdrawn(await channel.withdraw(consent.id, reason.trim()));
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  const change = (value: string) => {
    setReason(value);
    if (reasonError && value.trim() !== '') setReasonError(null);
  };
  return { reason, change, reasonError, failure, busy, submit };
}

/** Withdrawing a consent: what it means, the reason, and a red button to confirm. */
export function WithdrawConsentDialog(props: WithdrawConsentDialogProps) {
  const { consent, audience, onClose } = props;
  const withdrawal = useWithdrawal(props);
  return (
    <Modal opened onClose={onClose} title={`Withdraw: ${consent.title}`} centered size="lg">
      <form onSubmit={(event) => void withdrawal.submit(event)} noValidate>
        <Stack gap="md">
          <Text>{consequences(consent, audience)}</Text>
          <Textarea
            label={audience === 'patient' ? 'Why are you withdrawing?' : 'The patient’s reason'}
            description={
              audience === 'patient'
                ? 'A few words are enough; the clinic reads it.'
                : 'As the patient gave it; kept with the consent.'
            }
            value={withdrawal.reason}
            onChange={(event) => withdrawal.change(event.currentTarget.value)}
            error={withdrawal.reasonError}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <FormProblem message={withdrawal.failure} title="Not withdrawn" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={withdrawal.busy}>
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={withdrawal.busy}>
              Withdraw consent
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
