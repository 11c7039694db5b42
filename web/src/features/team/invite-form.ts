import { inviteRequest, type InviteRequest, type StaffRole } from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';

export interface InviteValues {
  displayName: string;
  email: string;
  role: StaffRole | null;
  isPrescriber: boolean;
}

/** Field paths in reading order; they match the server's error paths. */
export const inviteFields = ['displayName', 'email', 'role', 'isPrescriber'] as const;

export const emptyInvite: InviteValues = { displayName: '', email: '', role: null, isPrescriber: false };

// Autofill and pasting often bring a stray space; it is never part of a name or an address.
const trimmed = (values: InviteValues) => ({
  ...values,
  displayName: values.displayName.trim(),
  email: values.email.trim(),
});

const blankMessages = {
  displayName: 'Enter the person’s name',
  email: 'Enter their e-mail address',
  role: 'Choose a role',
};

export function validateInvite(values: InviteValues): FieldErrors {
  return schemaErrors(inviteRequest, trimmed(values), blankMessages);
}

/** Only for values `validateInvite` accepted; the schema turns them into the request. */
export function toInviteRequest(values: InviteValues): InviteRequest {
  return inviteRequest.parse(trimmed(values));
}
