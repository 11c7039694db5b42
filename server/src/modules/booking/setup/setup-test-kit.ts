import type { Availability } from '@corium/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../../../../test/build-test-app';
import type { Browser } from '../../../../test/factories/sign-in';
import { SETUP_RESOURCE_TYPE } from './setup-write';

/** What the clinic set-up integration tests share. */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const send = (
  t: TestApp,
  browser: Browser,
  method: Method,
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> =>
  t.app.inject({ method, url, headers: browser.headers, ...(payload ? { payload } : {}) });

/** Sends and expects `status`; returns the parsed answer (undefined for 204). */
export async function expectStatus<T>(response: Promise<LightMyRequestResponse>, status: number): Promise<T> {
  const settled = await response;
  expect(settled.statusCode, settled.body).toBe(status);
  return (settled.body ? settled.json() : undefined) as T;
}

/** The field paths a 400 names. */
export const pathsOf = (response: LightMyRequestResponse): string[] =>
  (response.json<{ details?: { path: string }[] }>().details ?? []).map((d) => d.path);

/** Bookable starts of a service on one day at a location, optionally one practitioner's. */
export async function slotsOn(
  t: TestApp,
  browser: Browser,
  query: { serviceId: string; locationId: string; day: string; practitionerId?: string },
): Promise<Availability['slots']> {
  const params = new URLSearchParams({
    serviceId: query.serviceId,
    locationId: query.locationId,
    from: query.day,
    to: query.day,
    limit: '500',
    ...(query.practitionerId ? { practitionerId: query.practitionerId } : {}),
  });
  const response = await send(t, browser, 'GET', `/api/booking/availability?${params}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Availability>().slots;
}

/** The clinic's set-up audit events, oldest first. */
export const setupEvents = (t: TestApp, clinicId: string) =>
  t.deps.db
    .selectFrom('audit_event')
    .select(['action', 'resource_id', 'patient_ids', 'details', 'actor_role'])
    .where('clinic_id', '=', clinicId)
    .where('resource_type', '=', SETUP_RESOURCE_TYPE)
    .orderBy('seq')
    .execute();
