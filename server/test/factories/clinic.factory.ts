import type { FastifyInstance } from 'fastify';
import type { Role } from '@corium/contracts';
import type { Deps } from '../../src/deps';
import { createUser } from '../../src/modules/identity/identity.service';
import { newId } from '../../src/platform/ids';

export const TEST_PASSWORD = 'a perfectly good passphrase';

export interface TestClinic {
  id: string;
  name: string;
  /** Creates a user of this clinic with TEST_PASSWORD. */
  addUser(role: Role, email?: string): Promise<{ id: string; email: string }>;
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
  return {
    id,
    name,
    addUser: (role, email = `${role}.${newId().slice(-12)}@test.corium`) =>
      createUser(deps.db, {
        clinicId: id,
        role,
        email,
        displayName: `Test ${role}`,
        password: TEST_PASSWORD,
      }),
  };
}

/** Signs in through the API and returns the Cookie header to send with later requests. */
export async function signInCookie(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === '__Host-corium_session');
  if (!cookie) throw new Error('sign-in set no session cookie');
  return `${cookie.name}=${cookie.value}`;
}
