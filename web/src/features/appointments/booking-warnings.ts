import type { Appointment } from '@corium/contracts';
import { notifications } from '@mantine/notifications';

/**
 * What the server booked but wants the desk to know (e.g. a chemical peel recorded within two
 * weeks): said once, when the visit is booked or moved, and kept on screen until dismissed.
 */
export function noteWarnings(appointments: readonly Appointment[]): void {
  const messages = [...new Set(appointments.flatMap((a) => (a.warnings ?? []).map((w) => w.message)))];
  if (messages.length === 0) return;
  notifications.show({
    color: 'yellow',
    title: appointments.length > 1 ? 'Booked — please note' : 'Done — please note',
    message: messages.join(' '),
    autoClose: false,
  });
}
