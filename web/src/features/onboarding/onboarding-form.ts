import { onboardingRequest, type OnboardingRequest } from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';

export interface OnboardingValues {
  clinicName: string;
  timeZone: string | null;
  admin: { displayName: string; email: string; password: string };
  confirmPassword: string;
}

/** Field paths in reading order; they match the server's error paths, e.g. `admin.email`. */
export const onboardingFields = [
  'clinicName',
  'timeZone',
  'admin.displayName',
  'admin.email',
  'admin.password',
  'confirmPassword',
] as const;

export function initialOnboardingValues(timeZone: string): OnboardingValues {
  return {
    clinicName: '',
    timeZone,
    admin: { displayName: '', email: '', password: '' },
    confirmPassword: '',
  };
}

export function toOnboardingRequest(values: OnboardingValues): OnboardingRequest {
  const { displayName, email, password } = values.admin;
  // Autofill and pasting often bring a stray space; it is never part of an address.
  const admin = { displayName, email: email.trim(), password };
  return { clinicName: values.clinicName, timeZone: values.timeZone ?? '', admin };
}

const blankMessages = {
  clinicName: 'Enter the clinic’s name',
  timeZone: 'Choose the clinic’s time zone',
  'admin.displayName': 'Enter your name',
  'admin.email': 'Enter your e-mail address',
  'admin.password': 'Choose a password',
};

export function validateOnboarding(values: OnboardingValues): FieldErrors {
  const errors = schemaErrors(onboardingRequest, toOnboardingRequest(values), blankMessages);
  if (values.confirmPassword === '') {
    errors.confirmPassword = 'Enter the password again';
  } else if (values.confirmPassword !== values.admin.password) {
    errors.confirmPassword = 'The two passwords do not match';
  }
  return errors;
}
