import { acceptInvitationRequest } from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';

export interface InvitationValues {
  password: string;
  confirmPassword: string;
}

export const invitationFields = ['password', 'confirmPassword'] as const;

export function validateInvitation(values: InvitationValues): FieldErrors {
  const errors = schemaErrors(
    acceptInvitationRequest,
    { password: values.password },
    { password: 'Choose a password' },
  );
  if (values.confirmPassword === '') {
    errors.confirmPassword = 'Enter the password again';
  } else if (values.confirmPassword !== values.password) {
    errors.confirmPassword = 'The two passwords do not match';
  }
  return errors;
}
