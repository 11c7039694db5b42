import { clearIntakeAnswers } from '@corium/contracts';
import type { IntakeAnswers } from '@corium/contracts';
import { expect } from 'vitest';
import type { TestApp } from '../../../../test/build-test-app';
import { signIn, type Browser } from '../../../../test/factories/sign-in';
import { call, type BookingWorld } from '../booking-test-kit';

/** A patient with a portal account, signed in, whose history (recorded by a clinician) is clear but for `changes`. */
export async function portalPatient(
  t: TestApp,
  w: BookingWorld,
  changes: Partial<IntakeAnswers> = {},
): Promise<{ patientId: string; browser: Browser; email: string }> {
  const { id, email } = await w.clinic.addPatient({ withAccount: true });
  const recorded = await call(t, w.practitioner, 'POST', `/api/patients/${id}/medical-history`, {
    answers: { ...clearIntakeAnswers, ...changes },
  });
  expect(recorded.statusCode, recorded.body).toBe(201);
  return { patientId: id, browser: await signIn(t, email!), email: email! };
}
