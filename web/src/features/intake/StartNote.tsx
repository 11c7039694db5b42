import { Alert } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { noteProps } from './note-alert';

/** Where the answers already on screen came from, so a returning patient knows what to check. */
export type StartedFrom =
  | { kind: 'draft'; savedAt: string }
  | { kind: 'sent'; sentAt: string; byClinic: boolean }
  | { kind: 'empty' };

export function StartNote({ from }: { from: StartedFrom }) {
  const { timeZone } = useCurrentUser().clinic;
  if (from.kind === 'empty') return null;
  const icon = <IconHistory aria-hidden="true" />;
  if (from.kind === 'draft') {
    return (
      <Alert icon={icon} title="Welcome back" {...noteProps}>
        Your answers so far are here, as you left them on {clinicDateTime(from.savedAt, timeZone)}.
      </Alert>
    );
  }
  const who = from.byClinic ? 'the clinic recorded' : 'you sent';
  return (
    <Alert icon={icon} title="Your last answers are filled in" {...noteProps}>
      These are the answers {who} on {clinicDateTime(from.sentAt, timeZone)}. Please check each one and change
      anything that is different now.
    </Alert>
  );
}
