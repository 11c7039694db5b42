import type { AccessEvent } from '@corium/contracts';
import { roleName } from '../auth/roles';
import { readableId } from './answer-text';

export const actionWords: Record<AccessEvent['action'], string> = {
  read: 'Viewed',
  search: 'Searched',
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  export: 'Exported',
  print: 'Printed',
  sign_in: 'Signed in',
  sign_out: 'Signed out',
  access_denied: 'Was refused access to',
};

export const outcomeWords: Record<AccessEvent['outcome'], string> = {
  success: 'Allowed',
  denied: 'Refused',
  failure: 'Failed',
};

/** What was touched, e.g. `medical_history` → "Medical history". */
export function resourceWords(event: AccessEvent): string {
  return readableId(event.resourceType);
}

/** Who did it; events with no person behind them come from Corium itself, e.g. a reminder job. */
export function actorName(event: AccessEvent): string {
  if (event.actor.displayName) return event.actor.displayName;
  return event.actor.id ? 'Unknown user' : 'Corium (automatic)';
}

export function actorRole(event: AccessEvent): string | null {
  return event.actor.role ? roleName(event.actor.role) : null;
}

/** What happened, as a sentence without its subject: "Viewed medical history (refused)". */
export function accessSentence(event: AccessEvent): string {
  const sentence = `${actionWords[event.action]} ${resourceWords(event).toLowerCase()}`;
  if (event.outcome === 'failure') return `${sentence} (did not succeed)`;
  return event.outcome === 'denied' && event.action !== 'access_denied' ? `${sentence} (refused)` : sentence;
}
