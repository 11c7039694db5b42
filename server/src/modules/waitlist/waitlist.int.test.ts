import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WaitlistEntry, WaitlistOffer } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { allJobs } from '../../jobs';
import { createDrainer } from '../../platform/jobs/worker';
import {
  at,
  booked,
  bookingWorld,
  call,
  consultation,
  dayAfter,
  TOMORROW,
  type BookingWorld,
} from '../booking/booking-test-kit';
import { portalPatient } from '../booking/portal/portal-test-kit';
import { offerFreedSlots } from './waitlist-offers';

let t: TestApp;
let w: BookingWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

// Each test uses a week of its own, so entries of one test never match another's freed times.
let weeks = 0;
const nextWeek = () => dayAfter(TOMORROW, 7 * weeks++);
const drain = () =>
  createDrainer({
    db: t.deps.db,
    deps: t.deps,
    jobs: allJobs,
    log: t.deps.log,
    clock: t.clock,
    pollMs: 50,
  }).drain();

async function join(browser: Browser, day: string, changes: object = {}): Promise<WaitlistEntry> {
  const response = await call(t, browser, 'POST', '/api/portal/waitlist', {
    serviceId: w.services.consultation,
    locationId: w.locationId,
    earliestDate: day,
    latestDate: dayAfter(day, 6),
    timeOfDay: 'morning',
    ...changes,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<WaitlistEntry>();
}

/** A visit booked by the front desk for someone else and cancelled: its time is free. */
async function freeATime(day: string): Promise<string> {
  const holder = await w.clinic.addPatient();
  const visit = await booked(t, w.frontDesk, holder.id, consultation(w, { start: at(day, '10:00') }));
  const cancel = `/api/patients/${holder.id}/appointments/${visit.id}/cancel`;
  expect((await call(t, w.frontDesk, 'POST', cancel, { reason: 'The patient is away' })).statusCode).toBe(
    200,
  );
  await t.deps.db
    .transaction()
    .execute((trx) => offerFreedSlots(trx, t.deps, { clinicId: w.clinic.id, appointmentIds: [visit.id] }));
  await drain();
  return visit.id;
}

/** The offer link of the e-mail sent to `email`. */
async function offerLink(email: string): Promise<{ offerId: string; token: string }> {
  const dir = t.deps.mail.outboxDir!;
  for (const file of await readdir(dir)) {
    const eml = await readFile(path.join(dir, file), 'utf8');
    const text = eml
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const link = /\/portal\/offers\/([0-9a-f-]{36})\?token=([A-Za-z0-9_-]{43})/.exec(text);
    if (eml.includes(`To: ${email}`) && link) return { offerId: link[1]!, token: link[2]! };
  }
  throw new Error(`No offer e-mail to ${email}`);
}

const entryStatus = async (id: string) =>
  (
    await t.deps.db
      .selectFrom('waitlist_entry')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).status;

describe('the waitlist', () => {
  it('offers a freed time to the patient waiting longest, who accepts it and is booked', async () => {
    const day = nextWeek();
    const first = await portalPatient(t, w);
    const second = await portalPatient(t, w);
    const entry = await join(first.browser, day);
    await join(second.browser, day);
    await freeATime(day);
    const { offerId, token } = await offerLink(first.email);
    const shown = await call(
      t,
      first.browser,
      'GET',
      `/api/portal/waitlist/offers/${offerId}?token=${token}`,
    );
    expect(shown.json<WaitlistOffer>()).toMatchObject({ status: 'open', start: at(day, '10:00') });
    const wrongToken = await call(
      t,
      first.browser,
      'GET',
      `/api/portal/waitlist/offers/${offerId}?token=${'x'.repeat(43)}`,
    );
    expect(wrongToken.statusCode).toBe(404);
    const notTheirs = await call(t, second.browser, 'POST', `/api/portal/waitlist/offers/${offerId}/accept`, {
      token,
    });
    expect(notTheirs.statusCode).toBe(404);

    const accepted = await call(t, first.browser, 'POST', `/api/portal/waitlist/offers/${offerId}/accept`, {
      token,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<WaitlistOffer>().status).toBe('accepted');
    expect(await entryStatus(entry.id)).toBe('booked');
    const visits = (await call(t, first.browser, 'GET', '/api/portal/booking/appointments')).json<{
      upcoming: { start: string }[];
    }>();
    expect(visits.upcoming.map((v) => v.start)).toEqual([at(day, '10:00')]);
    const hash = await t.deps.db
      .selectFrom('waitlist_offer')
      .select('token_hash')
      .where('id', '=', offerId)
      .executeTakeFirstOrThrow();
    expect(hash.token_hash).not.toContain(token);
  });

  it('tells a patient accepting a time someone else has taken meanwhile, and keeps them waiting', async () => {
    const day = nextWeek();
    const waiting = await portalPatient(t, w);
    const entry = await join(waiting.browser, day);
    await freeATime(day);
    const { offerId, token } = await offerLink(waiting.email);
    const quicker = await w.clinic.addPatient();
    await booked(
      t,
      await signIn(t, w.frontDeskEmail),
      quicker.id,
      consultation(w, { start: at(day, '10:00') }),
    );
    const response = await call(
      t,
      await signIn(t, waiting.email),
      'POST',
      `/api/portal/waitlist/offers/${offerId}/accept`,
      { token },
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: 'SLOT_TAKEN', details: { reason: 'slot_taken' } });
    expect(response.json<{ message: string }>().message).toMatch(/Someone booked that time/);
    expect(await entryStatus(entry.id)).toBe('waiting');
  });

  it('lists the waitlist for staff, and lets only the patient themselves withdraw their entry', async () => {
    const day = nextWeek();
    const one = await portalPatient(t, w);
    const other = await portalPatient(t, w);
    const entry = await join(one.browser, day);
    const frontDesk = await signIn(t, w.frontDeskEmail);
    const list = await call(t, frontDesk, 'GET', `/api/waitlist?locationId=${w.locationId}`);
    expect(list.json<{ entries: WaitlistEntry[] }>().entries.map((e) => e.id)).toContain(entry.id);
    const perPatient = await call(t, frontDesk, 'GET', `/api/patients/${one.patientId}/waitlist`);
    expect(perPatient.json<{ entries: WaitlistEntry[] }>().entries.map((e) => e.id)).toEqual([entry.id]);
    const notTheirs = await call(t, other.browser, 'POST', `/api/portal/waitlist/${entry.id}/withdraw`, {});
    expect(notTheirs.statusCode).toBe(404);
    const withdrawn = await call(t, one.browser, 'POST', `/api/portal/waitlist/${entry.id}/withdraw`, {});
    expect(withdrawn.json<WaitlistEntry>().status).toBe('withdrawn');
  });

  // Last: it moves the clock past the offer's expiry, which ends every session signed in before.
  it('gives an expired offer to the next matching patient; the first waits on', async () => {
    const day = nextWeek();
    const first = await portalPatient(t, w);
    const afternoonOnly = await portalPatient(t, w);
    const next = await portalPatient(t, w);
    const firstEntry = await join(first.browser, day);
    await join(afternoonOnly.browser, day, { timeOfDay: 'afternoon' });
    await join(next.browser, day);
    await freeATime(day);
    const { offerId, token } = await offerLink(first.email);
    t.clock.set(new Date(t.clock.now().getTime() + 121 * 60_000));
    await drain();
    const expired = await t.deps.db
      .selectFrom('waitlist_offer')
      .select('status')
      .where('id', '=', offerId)
      .executeTakeFirstOrThrow();
    expect(expired.status).toBe('expired');
    expect(await entryStatus(firstEntry.id)).toBe('waiting');
    const late = await call(
      t,
      await signIn(t, first.email),
      'POST',
      `/api/portal/waitlist/offers/${offerId}/accept`,
      { token },
    );
    expect(late.json()).toMatchObject({ error: 'CONFLICT', details: { reason: 'offer_gone' } });
    const nextOffer = await offerLink(next.email);
    expect(nextOffer.offerId).not.toBe(offerId);
    await expect(offerLink(afternoonOnly.email)).rejects.toThrow();
  });
});
