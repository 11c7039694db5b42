import type { Modality, ZoneId } from '@corium/contracts';
import pino from 'pino';
import type { TestApp } from '../../../test/build-test-app';
import { createTestClinic, type TestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { allJobs } from '../../jobs';
import { newId } from '../../platform/ids';
import { createDrainer } from '../../platform/jobs/worker';
import { makeClinicBookable, type BookableClinic } from '../booking/booking-test-kit';
import { planAftercareForSignedSession } from './aftercare-plan.service';

/**
 * What the aftercare integration tests share: a clinic in London (UTC in winter, so 08:00 on
 * the clinic's clock is 08:00Z) with a practitioner, an on-call practitioner, a medical director
 * and an admin; stock of one cartridge lot and a PRP kit; and signed sessions written straight
 * into the chart tables, then planned as charting's signing does.
 */

/** Tuesday 1 December 2026, 09:00 in London: the treatment. */
export const TREATED_AT = new Date('2026-12-01T09:00:00Z');

type Staff = { id: string; email: string; browser: Browser };

export interface AftercareWorld {
  clinic: TestClinic;
  bookable: BookableClinic;
  practitioner: Staff;
  onCall: Staff;
  director: Staff;
  admin: Staff;
  lots: { cartridge: string; prp: string };
}

async function staff(t: TestApp, clinic: TestClinic, role: 'practitioner' | 'medical_director' | 'admin') {
  const user = await clinic.addUser(role);
  return { ...user, browser: await signIn(t, user.email) };
}

/** One cartridge lot and a PRP kit lot. */
export async function addAftercareStock(t: TestApp, clinicId: string, by: string) {
  const now = t.clock.now();
  const cartridge = {
    id: newId(),
    clinic_id: clinicId,
    kind: 'cartridge' as const,
    name: 'Cartridge 12-pin',
    needle_config: '12-pin',
    created_at: now,
  };
  const prp = {
    id: newId(),
    clinic_id: clinicId,
    kind: 'topical' as const,
    name: 'PRP kit',
    sterile_for_needled_skin: true,
    created_at: now,
  };
  await t.deps.db.insertInto('consumable_product').values([cartridge, prp]).execute();
  const lot = (productId: string, lotNumber: string) => ({
    ...{
      id: newId(),
      clinic_id: clinicId,
      product_id: productId,
      lot_number: lotNumber,
      expires_on: '2027-06-30',
    },
    ...{
      quantity_received: 20,
      quantity_on_hand: 20,
      received_on: '2026-11-01',
      received_by: by,
      created_at: now,
    },
  });
  const lots = { cartridge: lot(cartridge.id, 'LOT-A1'), prp: lot(prp.id, 'PRP-7') };
  await t.deps.db.insertInto('stock_lot').values(Object.values(lots)).execute();
  return {
    cartridge: lots.cartridge.id,
    prp: lots.prp.id,
    products: { cartridge: cartridge.id, prp: prp.id },
  };
}

/** What writing a signed session needs: the clinic's services and pen, a clinician, the stock. */
export interface SessionWorld {
  clinicId: string;
  bookable: BookableClinic;
  practitionerId: string;
  lots: { cartridge: string; prp: string };
  products: { cartridge: string; prp: string };
}

export async function aftercareWorld(t: TestApp): Promise<AftercareWorld & SessionWorld> {
  t.clock.set(new Date('2026-12-01T07:00:00Z'));
  const clinic = await createTestClinic(t.deps);
  const practitioner = await staff(t, clinic, 'practitioner');
  const onCall = await staff(t, clinic, 'practitioner');
  const director = await staff(t, clinic, 'medical_director');
  const admin = await staff(t, clinic, 'admin');
  const bookable = await makeClinicBookable(t.deps, clinic.id, [practitioner.id]);
  const { products, ...lots } = await addAftercareStock(t, clinic.id, admin.id);
  const ids = { clinicId: clinic.id, practitionerId: practitioner.id };
  return { clinic, bookable, practitioner, onCall, director, admin, lots, products, ...ids };
}

/** Signs the staff in again: after the clock moves on by days their sessions have expired. */
export async function signInAgain(t: TestApp, w: AftercareWorld): Promise<void> {
  for (const person of [w.practitioner, w.onCall, w.director, w.admin])
    person.browser = await signIn(t, person.email);
}

export interface SessionSpec {
  patientId: string;
  modality?: Modality;
  zones?: Partial<Record<ZoneId, number>>;
  prp?: boolean;
  startedAt?: Date;
  /** Minutes the visit lasted (default 60). */
  minutes?: number;
}

/** The visit and its day-of screening, as booking and the room leave them. */
async function insertVisit(t: TestApp, w: SessionWorld, spec: SessionSpec, startedAt: Date) {
  const ids = { appointment: newId(), screening: newId() };
  const base = { clinic_id: w.clinicId, patient_id: spec.patientId };
  await t.deps.db
    .insertInto('appointment')
    .values({
      ...{ id: ids.appointment, ...base, location_id: w.bookable.locationId },
      ...{ service_id: w.bookable.services.microneedling_face!, starts_at: startedAt },
      ...{ ends_at: new Date(startedAt.getTime() + (spec.minutes ?? 60) * 60_000) },
      ...{ idempotency_key: `aftercare-${ids.appointment}`, request_hash: '0'.repeat(64) },
      ...{ created_by: w.practitionerId, created_at: startedAt },
    })
    .execute();
  await t.deps.db
    .insertInto('screening_evaluation')
    .values({
      ...{ id: ids.screening, ...base, occasion: 'day_of', history_version: null, inputs: '{}' },
      ...{ rule_set_version: 'corium-default-2026.11', outcome: 'clear', result: '{}', needs_override: [] },
      ...{ attestation: null, created_by: w.practitionerId, created_at: startedAt },
    })
    .execute();
  return ids;
}

/** Appointment, screening, session and its entries as the room leaves them; then signed and planned. */
export async function signedSession(t: TestApp, w: SessionWorld, spec: SessionSpec): Promise<string> {
  const { clinicId, practitionerId } = w;
  const startedAt = spec.startedAt ?? TREATED_AT;
  const visit = await insertVisit(t, w, spec, startedAt);
  const sessionId = newId();
  await t.deps.db
    .insertInto('treatment_session')
    .values({
      ...{
        id: sessionId,
        clinic_id: clinicId,
        patient_id: spec.patientId,
        appointment_id: visit.appointment,
      },
      ...{
        practitioner_id: practitionerId,
        modality: spec.modality ?? 'microneedling',
        screening_id: visit.screening,
      },
      ...{ consent_id: newId(), photos: 'taken', device_id: w.bookable.devices.pen },
      ...{ started_at: startedAt, started_by: practitionerId },
    })
    .execute();
  await chartEntries(t, w, sessionId, spec, startedAt);
  await t.deps.db
    .updateTable('treatment_session')
    .set({ signed_at: startedAt, signed_by: practitionerId, signed_hash: 'a'.repeat(64) })
    .where('id', '=', sessionId)
    .execute();
  const now = t.clock.now();
  await t.deps.db
    .transaction()
    .execute((trx) => planAftercareForSignedSession(trx, t.deps, { clinicId, sessionId, now }));
  return sessionId;
}

async function chartEntries(t: TestApp, w: SessionWorld, sessionId: string, spec: SessionSpec, at: Date) {
  const base = {
    clinic_id: w.clinicId,
    session_id: sessionId,
    recorded_by: w.practitionerId,
    recorded_at: at,
  };
  const zones = Object.entries(spec.zones ?? { cheeks: 1.5, forehead: 0.5 });
  await t.deps.db
    .insertInto('session_zone')
    .values(
      zones.map(([zone, depth]) => ({
        ...{ id: newId(), ...base, zone, depth_mm: depth, passes: 3, directions: ['vertical'] },
        ...{ endpoint: 'erythema' as const, cap_mm: 3.5 },
      })),
    )
    .execute();
  await t.deps.db
    .insertInto('session_cartridge')
    .values({ id: newId(), ...base, product_id: w.products.cartridge, lot_id: w.lots.cartridge })
    .execute();
  if (spec.prp)
    await t.deps.db
      .insertInto('session_topical')
      .values({
        id: newId(),
        ...base,
        product_id: w.products.prp,
        lot_id: w.lots.prp,
        zones: zones.map(([z]) => z),
      })
      .execute();
}

/** Runs every job due now, as the worker does. */
export const drain = (t: TestApp): Promise<number> =>
  createDrainer({
    db: t.deps.db,
    deps: t.deps,
    jobs: allJobs,
    log: pino({ level: 'silent' }),
    clock: t.clock,
    pollMs: 50,
  }).drain();

/** Aftercare messages handed to the mail server, oldest first. */
export const sentMessages = (t: TestApp, clinicId: string) =>
  t.deps.db
    .selectFrom('aftercare_message')
    .select(['kind', 'recipient', 'outbox_id', 'plan_id', 'alert_id'])
    .where('clinic_id', '=', clinicId)
    .orderBy('sent_at')
    .orderBy('kind')
    .execute();

/** The link token of the newest check-in e-mail to an address, read from the .eml file. */
export async function latestCheckInToken(
  t: TestApp,
  clinicId: string,
  kind: 'check_in' | 'check_in_reminder' = 'check_in',
): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const rows = await sentMessages(t, clinicId);
  const last = rows.filter((r) => r.kind === kind).at(-1)!;
  const eml = await readFile(path.join(t.deps.mail.outboxDir!, `${last.outbox_id}.eml`), 'utf8');
  const flat = eml.replace(/=\r?\n/g, '');
  return /check-in#([A-Za-z0-9_-]{20,})/.exec(flat)![1]!;
}
