import { totpEnrolRequest } from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';

/** Apps show codes as "123 456"; people copy them with the space. */
export function normaliseCode(text: string): string {
  return text.replace(/\s+/g, '');
}

export function validateCode(text: string): FieldErrors {
  return schemaErrors(
    totpEnrolRequest,
    { code: normaliseCode(text) },
    { code: 'Enter the 6-digit code from your authenticator app' },
  );
}

export function validateRecoveryCode(text: string): FieldErrors {
  return text.trim() === '' ? { recoveryCode: 'Enter one of your recovery codes' } : {};
}

/** Props of every "Authentication code" field: a digit keyboard on phones, one-time-code autofill. */
export const codeInputProps = {
  label: 'Authentication code',
  required: true,
  inputMode: 'numeric',
  autoComplete: 'one-time-code',
  // Six digits, and the space some apps show in the middle.
  maxLength: 7,
  spellCheck: false,
} as const;
