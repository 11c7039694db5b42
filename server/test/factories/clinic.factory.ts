import type { Role } from '@corium/contracts';
import type { Deps } from '../../src/deps';
import { createUser } from '../../src/modules/identity/users.service';
import { newId } from '../../src/platform/ids';

export const TEST_PASSWORD = 'a perfectly good passphrase';

export interface TestClinic {
  id: string;
  name: string;
  /** Creates a user of this clinic with TEST_PASSWORD. */
  addUser(role: Role, email?: string): Promise<{ id: string; email: string }>;
  /** A patient record, linked to a portal account when `withAccount`. */
  addPatient(options?: { withAccount?: boolean }): Promise<{ id: string; email: string | null }>;
}

/** Each test makes its own clinic, so tests never see each other's data. */
export async function createTestClinic(
  deps: Deps,
  name = `Clinic ${newId().slice(-6)}`,
): Promise<TestClinic> {
  const id = newId();
  await deps.db.insertInto('clinic').values({ id, name, time_zone: 'Europe/London' }).execute();
  await deps.db
    .insertInto('location')
    .values({ id: newId(), clinic_id: id, name, time_zone: 'Europe/London' })
    .execute();
  const addUser = (role: Role, email = `${role}.${newId().slice(-12)}@test.corium`) =>
    createUser(deps.db, { clinicId: id, role, email, displayName: `Test ${role}`, password: TEST_PASSWORD });
  return {
    id,
    name,
    addUser,
    async addPatient(options = {}) {
      const account = options.withAccount ? await addUser('patient') : null;
      const patientId = newId();
      await deps.db
        .insertInto('patient')
        .values({
          id: patientId,
          clinic_id: id,
          given_name: 'Test',
          family_name: `Patient ${patientId.slice(-4)}`,
          date_of_birth: '1990-04-01',
          sex: 'female',
          email: account?.email ?? null,
          user_id: account?.id ?? null,
        })
        .execute();
      await deps.db
        .insertInto('medical_history')
        .values({
          id: newId(),
          clinic_id: id,
          patient_id: patientId,
          version: 1,
          answers: JSON.stringify({ anticoagulants: true }),
        })
        .execute();
      return { id: patientId, email: account?.email ?? null };
    },
  };
}
