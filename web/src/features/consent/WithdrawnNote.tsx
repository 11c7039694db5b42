import type { SignedConsent } from '@corium/contracts';
import { Text } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import type { Audience } from './consent-words';

interface WithdrawnNoteProps {
  consent: SignedConsent;
  timeZone: string;
  audience: Audience;
}

/** When a consent was withdrawn, who recorded it, and the reason the patient gave. */
export function WithdrawnNote({ consent, timeZone, audience }: WithdrawnNoteProps) {
  if (!consent.withdrawnAt) return null;
  const by = consent.withdrawnBy ? ` (recorded by ${consent.withdrawnBy.displayName})` : '';
  return (
    <Text size="sm">
      {audience === 'patient' ? 'Withdrawn' : 'Withdrawn on the patient’s instruction'} on{' '}
      <time dateTime={consent.withdrawnAt}>{clinicDateTime(consent.withdrawnAt, timeZone)}</time>
      {by}.{consent.withdrawalReason && <> Reason: “{consent.withdrawalReason}”</>}
    </Text>
  );
}
