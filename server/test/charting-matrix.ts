import { newId } from '../src/platform/ids';
import { freshConsent, today, type MatrixFixtures } from './authorization-fixtures';
import type { Caller, MatrixRow } from './authorization-matrix';

/**
 * The treatment room (issue 7) in the authorization matrix. Charts are written by clinicians
 * and read by them and admins; the front desk checks patients in; a patient sees only their own
 * "what was done today". Every call about a session gets a session of its own, written straight
 * into the database (a visit today, a chart with a zone, a cartridge, an anaesthetic and a
 * topical; signed for addenda), so each allowed call can succeed; starting one gets a visit
 * that passes every check. Another clinic's things are random ids.
 */

const chartReaders = {
  admin: ['own', 'other'],
  medical_director: ['own', 'other'],
  practitioner: ['own', 'other'],
} as const;
const chartWriters = { medical_director: ['own', 'other'], practitioner: ['own', 'other'] } as const;
const base = '/api/patients/:patientId/sessions/:sessionId';

export const chartingMatrix: MatrixRow[] = [
  {
    route: 'POST /api/patients/:patientId/appointments/:appointmentId/check-in',
    allow: { admin: ['own', 'other'], ...chartWriters, front_desk: ['own', 'other'] },
  },
  {
    route: 'GET /api/patients/:patientId/appointments/:appointmentId/session-readiness',
    allow: { ...chartReaders },
  },
  { route: 'POST /api/patients/:patientId/sessions', allow: { ...chartWriters } },
  { route: 'GET /api/patients/:patientId/sessions', allow: { ...chartReaders } },
  { route: `GET ${base}`, allow: { ...chartReaders } },
  { route: `GET ${base}/options`, allow: { ...chartReaders } },
  { route: `PUT ${base}/device`, allow: { ...chartWriters } },
  { route: `POST ${base}/anaesthetics`, allow: { ...chartWriters } },
  { route: `PUT ${base}/anaesthetics/:anaestheticId/removal`, allow: { ...chartWriters } },
  { route: `PUT ${base}/zones/:zone`, allow: { ...chartWriters } },
  { route: `DELETE ${base}/zones/:zone`, allow: { ...chartWriters } },
  { route: `POST ${base}/cartridges`, allow: { ...chartWriters } },
  { route: `POST ${base}/cartridges/:cartridgeId/void`, allow: { ...chartWriters } },
  { route: `POST ${base}/topicals`, allow: { ...chartWriters } },
  { route: `DELETE ${base}/topicals/:topicalId`, allow: { ...chartWriters } },
  { route: `POST ${base}/sign`, allow: { ...chartWriters } },
  { route: `POST ${base}/addenda`, allow: { ...chartWriters } },
  { route: 'GET /api/cartridge-scan', allow: { medical_director: true, practitioner: true } },
  { route: 'GET /api/portal/treatment-summaries', allow: { patient: true } },
];

interface RoomStock {
  cartridge: string;
  lot: string;
  anaesthetic: string;
  topical: string;
}
const stocks = new WeakMap<MatrixFixtures, Promise<RoomStock>>();

async function addStock(f: MatrixFixtures): Promise<RoomStock> {
  const now = f.t.clock.now();
  const product = (kind: 'cartridge' | 'anaesthetic' | 'topical', name: string) => ({
    ...{ id: newId(), clinic_id: f.clinicA.id, kind, name, created_at: now },
    sterile_for_needled_skin: kind !== 'anaesthetic',
    strength: kind === 'anaesthetic' ? 'lidocaine 4%' : null,
  });
  const rows = [
    product('cartridge', 'Matrix room cartridge'),
    product('anaesthetic', 'Matrix lidocaine'),
    product('topical', 'Matrix HA'),
  ];
  await f.t.deps.db.insertInto('consumable_product').values(rows).execute();
  const lot = newId();
  await f.t.deps.db
    .insertInto('stock_lot')
    .values({
      ...{
        id: lot,
        clinic_id: f.clinicA.id,
        product_id: rows[0]!.id,
        lot_number: 'MATRIX-1',
        expires_on: '2099-12-31',
      },
      ...{ quantity_received: 10_000, quantity_on_hand: 10_000, received_on: today(f.t), created_at: now },
    })
    .execute();
  return { cartridge: rows[0]!.id, lot, anaesthetic: rows[1]!.id, topical: rows[2]!.id };
}

const stockOf = (f: MatrixFixtures): Promise<RoomStock> => {
  if (!stocks.has(f)) stocks.set(f, addStock(f));
  return stocks.get(f)!;
};

/** Visits made so far: each takes a second of its own, a patient being in one place at a time. */
let visits = 0;

/** A microneedling visit today, checked in when asked; a charted one is `completed`. */
async function visitToday(
  f: MatrixFixtures,
  patientId: string,
  state: 'booked' | 'checked_in' | 'completed',
) {
  const id = newId();
  const now = f.t.clock.now();
  const starts = new Date(now.getTime() + 1000 * visits++);
  await f.t.deps.db
    .insertInto('appointment')
    .values({
      ...{ id, clinic_id: f.clinicA.id, location_id: f.bookable.locationId, patient_id: patientId },
      ...{ service_id: f.bookable.services.microneedling_face!, starts_at: starts },
      ...{
        ends_at: new Date(starts.getTime() + 1000),
        status: state === 'completed' ? 'completed' : 'booked',
      },
      ...{
        idempotency_key: `matrix-room-${id}`,
        request_hash: '0'.repeat(64),
        created_by: f.ids.user,
        created_at: now,
      },
      ...(state === 'booked' ? {} : { checked_in_at: now, checked_in_by: f.ids.user }),
    })
    .execute();
  return id;
}

const userIdOf = (f: MatrixFixtures, caller: Caller): string => {
  const state = f.browsers[caller].state;
  return state.state === 'signed_in' ? state.current.user.id : f.ids.user;
};

/** A chart of the patient's, treated by the matrix's practitioner: pen, zone, cartridge, anaesthetic off, topical. */
async function freshSession(f: MatrixFixtures, patientId: string, signed: boolean) {
  const stock = await stockOf(f);
  const db = f.t.deps.db;
  const now = f.t.clock.now();
  const ids = { session: newId(), cartridge: newId(), anaesthetic: newId(), topical: newId() };
  const practitioner = userIdOf(f, 'practitioner');
  const entry = {
    clinic_id: f.clinicA.id,
    session_id: ids.session,
    recorded_by: practitioner,
    recorded_at: now,
  };
  await db
    .insertInto('treatment_session')
    .values({
      ...{
        id: ids.session,
        clinic_id: f.clinicA.id,
        patient_id: patientId,
        appointment_id: await visitToday(f, patientId, 'completed'),
      },
      ...{
        practitioner_id: practitioner,
        modality: 'microneedling',
        screening_id: f.screenings[patientId]!,
        consent_id: newId(),
      },
      ...{
        photos: 'declined',
        photos_reason: 'Matrix',
        device_id: f.bookable.devices.pen,
        started_at: now,
        started_by: practitioner,
      },
    })
    .execute();
  const zone = {
    id: newId(),
    zone: 'cheeks',
    depth_mm: 1,
    passes: 2,
    directions: ['vertical'],
    endpoint: 'erythema' as const,
    cap_mm: 1,
  };
  await db
    .insertInto('session_zone')
    .values({ ...entry, ...zone })
    .execute();
  await db
    .insertInto('session_cartridge')
    .values({ ...entry, id: ids.cartridge, product_id: stock.cartridge, lot_id: stock.lot })
    .execute();
  const applied = new Date(now.getTime() - 2 * 3_600_000);
  const removed = new Date(now.getTime() - 3_000_000);
  const anaesthetic = {
    id: ids.anaesthetic,
    product_id: stock.anaesthetic,
    zones: ['cheeks'],
    occluded: false,
  };
  await db
    .insertInto('session_anaesthetic')
    .values({ ...entry, ...anaesthetic, applied_at: applied, removed_at: removed })
    .execute();
  await db
    .insertInto('session_topical')
    .values({ ...entry, id: ids.topical, product_id: stock.topical, zones: ['cheeks'] })
    .execute();
  if (signed)
    await db
      .updateTable('treatment_session')
      .set({ signed_at: now, signed_by: practitioner, signed_hash: '0'.repeat(64) })
      .where('id', '=', ids.session)
      .execute();
  return ids;
}

/** The start body prepared for the next call, for its patient. */
let pendingStart: object = {};

/** A visit that passes every check: checked in, today's day-of check cleared by a prescriber, consent signed. */
async function readyVisit(f: MatrixFixtures, patientId: string): Promise<string> {
  const headers = f.browsers.medical_director.headers;
  const plannedTreatment = { date: today(f.t), modality: 'microneedling', zones: ['cheeks'], maxDepthMm: 1 };
  const screened = await f.t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/screenings/day-of`,
    headers,
    payload: { attestedBy: 'practitioner', changed: false, plannedTreatment },
  });
  const { id, awaitingOverride } = screened.json<{ id: string; awaitingOverride: string[] }>();
  for (const ruleId of awaitingOverride)
    await f.t.app.inject({
      method: 'POST',
      url: `/api/patients/${patientId}/screenings/${id}/overrides`,
      headers,
      payload: { ruleId, reason: 'Reviewed for the authorization matrix.' },
    });
  await freshConsent(f, patientId);
  return visitToday(f, patientId, 'checked_in');
}

/** The path with a session (and its entries), a visit or a scan code of the patient's filled in. */
export async function withChartingIds(
  f: MatrixFixtures,
  path: string,
  patientId: string | null,
): Promise<string> {
  if (path === '/api/cartridge-scan') return `${path}?code=MATRIX-1`;
  if (path === '/api/patients/:patientId/sessions' && patientId)
    pendingStart = {
      appointmentId: await readyVisit(f, patientId),
      photos: 'declined',
      photosReason: 'Matrix',
    };
  let filled = path;
  // Only the room's own visit routes: booking's cancel, no-show and move routes bring their own visits.
  if (/\/appointments\/:appointmentId\/(check-in|session-readiness)$/.test(path))
    filled = filled.replace(':appointmentId', patientId ? await visitToday(f, patientId, 'booked') : newId());
  if (!path.includes(':sessionId')) return filled;
  const ids = patientId
    ? await freshSession(f, patientId, path.endsWith('/addenda'))
    : { session: newId(), cartridge: newId(), anaesthetic: newId(), topical: newId() };
  return filled
    .replace(':sessionId', ids.session)
    .replace(':cartridgeId', ids.cartridge)
    .replace(':anaestheticId', ids.anaesthetic)
    .replace(':topicalId', ids.topical)
    .replace(':zone', 'cheeks');
}

export const chartingBodies = (f: () => MatrixFixtures): Record<string, () => Promise<object> | object> => ({
  'POST /api/patients/:patientId/sessions': () => pendingStart,
  [`PUT ${base}/device`]: () => ({ deviceId: f().bookable.devices.pen }),
  [`POST ${base}/anaesthetics`]: async () => ({
    productId: (await stockOf(f())).anaesthetic,
    zones: ['cheeks'],
    occluded: false,
    appliedAt: new Date(f().t.clock.now().getTime() - 3_600_000).toISOString(),
  }),
  [`PUT ${base}/anaesthetics/:anaestheticId/removal`]: () => ({
    removedAt: new Date(f().t.clock.now().getTime() - 60_000).toISOString(),
  }),
  [`PUT ${base}/zones/:zone`]: () => ({
    depthMm: 1,
    passes: 2,
    directions: ['vertical'],
    endpoint: 'erythema',
  }),
  [`POST ${base}/cartridges`]: async () => ({ lotId: (await stockOf(f())).lot }),
  [`POST ${base}/cartridges/:cartridgeId/void`]: () => ({ reason: 'Matrix: charted by mistake' }),
  [`POST ${base}/topicals`]: async () => ({ productId: (await stockOf(f())).topical, zones: ['cheeks'] }),
  [`POST ${base}/sign`]: () => ({ confirm: true }),
  [`POST ${base}/addenda`]: () => ({ reason: 'Matrix correction', body: 'A detail added after signing.' }),
});
