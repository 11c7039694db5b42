import { clearIntakeAnswers, type IntakeAnswers, type SessionChart } from '@corium/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import type { Browser } from '../../../test/factories/sign-in';
import { newId } from '../../platform/ids';
import {
  at,
  booked,
  bookingWorld,
  microneedling,
  patientWith,
  type BookingWorld,
} from '../booking/booking-test-kit';
import { signed, signOnTablet } from '../consent/consent-test-kit';

/**
 * What the charting integration tests share: the booking world (Tuesday 1 December 2026, 07:00
 * in London) with the clinic's stock — good, expired, recalled and nearly empty cartridge lots,
 * a sterile glide gel, a non-sterile serum, EMLA and a compounded cream — and the way the room
 * gets a patient to a started session: book today, consent, check in, day-of check, start.
 */

export const TODAY = '2026-12-01';

export interface Stock {
  products: Record<'cartridge' | 'nano' | 'glide' | 'serum' | 'sterileSerum' | 'emla' | 'compounded', string>;
  lots: Record<'good' | 'nano' | 'expired' | 'recalled' | 'last' | 'emla', string>;
}

export interface ChartingWorld extends BookingWorld {
  stock: Stock;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export const call = (t: TestApp, browser: Browser, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: browser.headers, ...(payload ? { payload } : {}) });

export function expectStatus(response: LightMyRequestResponse, status: number): void {
  expect(response.statusCode, response.body).toBe(status);
}

const ids = <T extends Record<string, { id: string }>>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.id])) as Record<keyof T, string>;

async function addProducts(t: TestApp, clinicId: string): Promise<Stock['products']> {
  const product = (name: string, kind: string, extra: object = {}) => ({
    ...{ id: newId(), clinic_id: clinicId, kind: kind as 'cartridge', name, created_at: t.clock.now() },
    sterile_for_needled_skin: kind !== 'anaesthetic',
    ...extra,
  });
  const products = {
    cartridge: product('Cartridge 12-pin', 'cartridge', { needle_config: '12-pin' }),
    nano: product('Cartridge 36-pin nano', 'cartridge', { needle_config: '36-pin', serialised: true }),
    glide: product('Sterile HA glide gel', 'glide_medium'),
    serum: product('Vitamin C serum', 'topical', { sterile_for_needled_skin: false }),
    sterileSerum: product('Sterile HA serum', 'topical'),
    emla: product('EMLA cream', 'anaesthetic', { strength: 'lidocaine 2.5% / prilocaine 2.5%' }),
    compounded: product('BLT cream', 'anaesthetic', {
      strength: 'lidocaine 6% / tetracaine 4%',
      compounded: true,
    }),
  };
  await t.deps.db.insertInto('consumable_product').values(Object.values(products)).execute();
  return ids(products);
}

async function addStock(t: TestApp, clinicId: string, by: string): Promise<Stock> {
  const now = t.clock.now();
  const products = await addProducts(t, clinicId);
  const lot = (productId: string, lotNumber: string, expires: string, quantity: number) => ({
    ...{
      id: newId(),
      clinic_id: clinicId,
      product_id: productId,
      lot_number: lotNumber,
      expires_on: expires,
    },
    ...{
      quantity_received: quantity,
      quantity_on_hand: quantity,
      received_on: '2026-11-01',
      created_at: now,
    },
  });
  const lots = {
    good: lot(products.cartridge, 'LOT-GOOD', '2027-06-30', 10),
    nano: lot(products.nano, 'LOT-NANO', '2027-06-30', 10),
    expired: lot(products.cartridge, 'LOT-OLD', '2026-11-30', 10),
    recalled: lot(products.cartridge, 'LOT-RECALL', '2027-06-30', 10),
    last: lot(products.cartridge, 'LOT-LAST', TODAY, 1),
    emla: lot(products.emla, 'EMLA-1', '2027-06-30', 5),
  };
  await t.deps.db.insertInto('stock_lot').values(Object.values(lots)).execute();
  const recall = { id: newId(), clinic_id: clinicId, kind: 'lot' as const, lot_id: lots.recalled.id };
  await t.deps.db
    .insertInto('recall')
    .values({ ...recall, reason: 'Needle burrs found', created_by: by, created_at: now })
    .execute();
  return { products, lots: ids(lots) };
}

export async function chartingWorld(t: TestApp): Promise<ChartingWorld> {
  const world = await bookingWorld(t);
  return { ...world, stock: await addStock(t, world.clinic.id, world.directorId) };
}

/** Microneedling today at `time`, with the practitioner and pen 1 (the n-th patient takes room n). */
export async function visitToday(
  t: TestApp,
  w: ChartingWorld,
  patientId: string,
  time = '09:00',
): Promise<string> {
  const body = microneedling(w, { start: at(TODAY, time) });
  return (await booked(t, w.frontDesk, patientId, body)).id;
}

export const checkIn = (t: TestApp, w: ChartingWorld, patientId: string, appointmentId: string) =>
  call(t, w.frontDesk, 'POST', `/api/patients/${patientId}/appointments/${appointmentId}/check-in`);

/** Today's "anything changed?" for cheeks and forehead; returns the screening. */
export async function dayOfCheck(
  t: TestApp,
  w: ChartingWorld,
  patientId: string,
  changes?: Partial<IntakeAnswers>,
): Promise<{ id: string; status: string; result: { depthCapsMm: Record<string, number> } }> {
  const response = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/screenings/day-of`, {
    attestedBy: 'patient',
    changed: !!changes,
    ...(changes ? { changes } : {}),
    plannedTreatment: {
      date: TODAY,
      modality: 'microneedling',
      zones: ['cheeks', 'forehead'],
      maxDepthMm: 1,
    },
    isFirstSession: false,
  });
  expectStatus(response, 201);
  return response.json();
}

export const startBody = (appointmentId: string) => ({
  appointmentId,
  photos: 'declined',
  photosReason: 'The patient asked not to be photographed',
});

export const start = (t: TestApp, browser: Browser, patientId: string, appointmentId: string) =>
  call(t, browser, 'POST', `/api/patients/${patientId}/sessions`, startBody(appointmentId));

export interface Started {
  patientId: string;
  appointmentId: string;
  chart: SessionChart;
  /** `/api/patients/:patientId/sessions/:sessionId` */
  url: string;
}

/** A patient with the clear history (plus `history`), all the way to a started session. */
export async function startedSession(
  t: TestApp,
  w: ChartingWorld,
  options: { history?: Partial<IntakeAnswers>; time?: string; patientId?: string } = {},
): Promise<Started> {
  const patientId = options.patientId ?? (await patientWith(t, w, options.history));
  if (options.patientId) {
    const history = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/medical-history`, {
      answers: { ...clearIntakeAnswers, ...options.history },
    });
    expectStatus(history, 201);
  }
  const appointmentId = await visitToday(t, w, patientId, options.time);
  await signed(signOnTablet(t, w.practitioner, patientId, 'microneedling'));
  expectStatus(await checkIn(t, w, patientId, appointmentId), 200);
  await dayOfCheck(t, w, patientId);
  const response = await start(t, w.practitioner, patientId, appointmentId);
  expectStatus(response, 201);
  const chart = response.json<SessionChart>();
  return { patientId, appointmentId, chart, url: `/api/patients/${patientId}/sessions/${chart.id}` };
}

export const zoneBody = (depthMm: number, extra: object = {}) => ({
  depthMm,
  passes: 3,
  directions: ['vertical', 'horizontal'],
  penSpeed: 8,
  endpoint: 'erythema',
  ...extra,
});

/** A chart that can be signed: cheeks at 1 mm, one cartridge, the pen from the booking. */
export async function completeChart(t: TestApp, w: ChartingWorld, s: Started): Promise<void> {
  expectStatus(await call(t, w.practitioner, 'PUT', `${s.url}/zones/cheeks`, zoneBody(1)), 200);
  expectStatus(
    await call(t, w.practitioner, 'POST', `${s.url}/cartridges`, { lotId: w.stock.lots.good }),
    201,
  );
}

export async function onHand(t: TestApp, lotId: string): Promise<number> {
  const row = await t.deps.db
    .selectFrom('stock_lot')
    .select('quantity_on_hand')
    .where('id', '=', lotId)
    .executeTakeFirstOrThrow();
  return row.quantity_on_hand;
}
