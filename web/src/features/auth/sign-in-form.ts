import { signInRequest, type Role, type SignInRequest } from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';
import { areaFor, areaHome, isInArea } from './roles';

export interface SignInValues {
  email: string;
  password: string;
}

export const signInFields = ['email', 'password'] as const;

export function toSignInRequest(values: SignInValues): SignInRequest {
  // Autofill and pasting often bring a stray space; it is never part of an address.
  return { email: values.email.trim(), password: values.password };
}

const blankMessages = {
  email: 'Enter your e-mail address',
  password: 'Enter your password',
};

export function validateSignIn(values: SignInValues): FieldErrors {
  return schemaErrors(signInRequest, toSignInRequest(values), blankMessages);
}

/** What other pages may pass in router state when they send someone to sign in. */
interface SignInArrival {
  /** Prefills the e-mail field, e.g. right after onboarding. */
  email: string;
  /** The page a guard turned the person away from; they return there if it is theirs. */
  from: string | null;
}

export function readArrival(state: unknown): SignInArrival {
  const record: Record<string, unknown> = typeof state === 'object' && state !== null ? { ...state } : {};
  return {
    email: typeof record.email === 'string' ? record.email : '',
    from: typeof record.from === 'string' ? record.from : null,
  };
}

export function destinationAfterSignIn(role: Role, from: string | null): string {
  const area = areaFor(role);
  return from !== null && isInArea(from, area) ? from : areaHome[area];
}
