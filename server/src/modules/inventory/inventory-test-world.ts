import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../test/build-test-app';
import { createTestClinic, type TestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';

/**
 * What the inventory and recall integration tests start from: a clinic with a signed-in member
 * of staff in every role, a practitioner to chart with, and a second clinic whose data must never
 * show through.
 */
export interface StockWorld {
  t: TestApp;
  clinic: TestClinic;
  other: TestClinic;
  practitionerId: string;
  otherPractitionerId: string;
  as: Record<'admin' | 'medical_director' | 'practitioner' | 'front_desk', Browser>;
  call(
    browser: Browser,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: InjectOptions['payload'],
  ): Promise<LightMyRequestResponse>;
}

export async function stockWorld(t: TestApp): Promise<StockWorld> {
  const clinic = await createTestClinic(t.deps);
  const other = await createTestClinic(t.deps);
  const as = {} as StockWorld['as'];
  for (const role of ['admin', 'medical_director', 'practitioner', 'front_desk'] as const)
    as[role] = await signIn(t, (await clinic.addUser(role)).email);
  return {
    t,
    clinic,
    other,
    practitionerId: (await clinic.addUser('practitioner')).id,
    otherPractitionerId: (await other.addUser('practitioner')).id,
    as,
    call: (browser, method, url, payload) => t.app.inject({ method, url, headers: browser.headers, payload }),
  };
}
