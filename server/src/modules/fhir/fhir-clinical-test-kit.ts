import { expect } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { newId } from '../../platform/ids';
import { addAftercareStock, signedSession, type SessionWorld } from '../aftercare/aftercare-test-kit';
import { uploadPhoto } from '../photos/photo-upload.service';
import { makeJpeg } from '../photos/photo-test-kit';
import { makeClinicBookable, type BookableClinic, type BookingWorld } from '../booking/booking-test-kit';

/**
 * A patient's treatment as FHIR maps it: a signed session (zones, pen, a cartridge lot) with its
 * recovery plan, one answered check-in, an adverse event, outcome scores (one entered in error)
 * and photos (one removed); a signed session of another patient of the clinic, and one in
 * another clinic. Charts and plans are written as charting's signing leaves them
 * (aftercare-test-kit); the adverse event through its own API.
 */
export interface TreatmentRecord {
  sessionId: string;
  planId: string;
  checkInId: string;
  adverseEventId: string;
  outcomeId: string;
  erroredOutcomeId: string;
  photoId: string;
  removedPhotoId: string;
  otherSessionId: string;
  foreignSessionId: string;
  lots: { cartridge: string; prp: string };
}

/** Who and where: a clinic made bookable, its clinician, and a clinician who may record adverse events. */
export interface TreatmentClinic {
  clinicId: string;
  bookable: BookableClinic;
  practitionerId: string;
  /** Request headers of a signed-in medical director or practitioner. */
  clinicianHeaders: Record<string, string>;
}

const checkInAnswers = {
  effects: { redness: 2, swelling: 1, pain: 0, itching: 0, flaking: 0, bruising: 0 },
  redFlags: { fever: false, pus_or_crusts: false },
};

async function answerFirstCheckIn(t: TestApp, clinicId: string, sessionId: string) {
  const plan = await t.deps.db
    .selectFrom('aftercare_plan')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const first = await t.deps.db
    .selectFrom('aftercare_check_in')
    .select('id')
    .where('plan_id', '=', plan.id)
    .orderBy('day')
    .limit(1)
    .executeTakeFirstOrThrow();
  const triage = { level: 'expected', reasons: [], courseVersion: 'test' };
  await t.deps.db
    .updateTable('aftercare_check_in')
    .set({
      status: 'submitted',
      submitted_at: new Date('2026-12-02T09:00:00Z'),
      via: 'portal',
      answers: JSON.stringify(checkInAnswers),
      triage: JSON.stringify(triage),
      level: 'expected',
    })
    .where('id', '=', first.id)
    .execute();
  return { planId: plan.id, checkInId: first.id };
}

async function scoreOutcomes(t: TestApp, c: TreatmentClinic, patientId: string, sessionId: string) {
  const row = (score: number, erroredBy: string | null) => ({
    ...{ id: newId(), clinic_id: c.clinicId, patient_id: patientId, session_id: sessionId },
    ...{
      scale: 'goodman_baron',
      scale_version: '2026.1',
      concern: 'acne_scars',
      timepoint: 'baseline' as const,
    },
    ...{ score, rater: 'clinician' as const, rated_by: c.practitionerId, rated_on: '2026-12-01' },
    recorded_at: t.clock.now(),
    ...(erroredBy
      ? {
          entered_in_error_at: t.clock.now(),
          entered_in_error_by: erroredBy,
          entered_in_error_reason: 'Typo',
        }
      : {}),
  });
  const [kept, errored] = [row(3, null), row(4, c.practitionerId)];
  await t.deps.db.insertInto('outcome_score').values([kept, errored]).execute();
  return { outcomeId: kept.id, erroredOutcomeId: errored.id };
}

/** Two photos of the session, uploaded as the room does (the second then removed), and the clinical-record use granted. */
async function takePhotos(t: TestApp, c: TreatmentClinic, patientId: string, sessionId: string) {
  const principal = {
    ...{ userId: c.practitionerId, clinicId: c.clinicId, role: 'practitioner' as const },
    ...{ email: 'fhir@test.corium', displayName: 'FHIR', isPrescriber: false, tokenId: null },
  };
  const meta = { ip: '127.0.0.1', userAgent: null, requestId: 'fhir-test' };
  const upload = async () =>
    (await uploadPhoto(t.deps, principal, patientId, { view: 'front', sessionId }, await makeJpeg(), meta))
      .id;
  const [photoId, removedPhotoId] = [await upload(), await upload()];
  const now = t.clock.now();
  await t.deps.db
    .updateTable('photo')
    .set({ removed_at: now, removed_by: c.practitionerId, removed_reason: 'Blurred' })
    .where('id', '=', removedPhotoId)
    .execute();
  await t.deps.db
    .insertInto('photo_scope_event')
    .values({
      ...{ id: newId(), clinic_id: c.clinicId, patient_id: patientId, scope: 'clinical_record' },
      ...{ granted: true, consent_id: null, cause: 'changed', changed_by: c.practitionerId, changed_at: now },
    })
    .execute();
  return { photoId, removedPhotoId };
}

async function recordAdverseEvent(t: TestApp, c: TreatmentClinic, patientId: string, sessionId: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/adverse-events`,
    headers: c.clinicianHeaders,
    payload: {
      ...{
        sessionId,
        term: 'post_inflammatory_hyperpigmentation',
        description: 'Darker patches on both cheeks',
      },
      ...{ onsetDay: 10, severityGrade: 2, seriousness: [], treatmentGiven: 'Sun protection' },
      ...{ outcome: 'recovering', causality: 'probable' },
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

/** A signed session in a clinic of its own, for "another clinic never sees it". */
async function foreignSession(t: TestApp): Promise<string> {
  const clinic = await createTestClinic(t.deps);
  const practitioner = await clinic.addUser('practitioner');
  const patient = await clinic.addPatient();
  const bookable = await makeClinicBookable(t.deps, clinic.id, [practitioner.id]);
  const { products, ...lots } = await addAftercareStock(t, clinic.id, practitioner.id);
  const world = { clinicId: clinic.id, bookable, practitionerId: practitioner.id, lots, products };
  return signedSession(t, world, { patientId: patient.id });
}

/** One patient's signed session and all that follows it, in a clinic made bookable. */
export async function treatPatient(
  t: TestApp,
  c: TreatmentClinic,
  patientId: string,
  world: SessionWorld,
  startedAt?: Date,
) {
  const zones = { cheeks: 1.5, forehead: 0.5 };
  const sessionId = await signedSession(t, world, { patientId, zones, ...(startedAt ? { startedAt } : {}) });
  await completeVisits(t, c.clinicId);
  return {
    sessionId,
    ...(await answerFirstCheckIn(t, c.clinicId, sessionId)),
    adverseEventId: await recordAdverseEvent(t, c, patientId, sessionId),
    ...(await scoreOutcomes(t, c, patientId, sessionId)),
    ...(await takePhotos(t, c, patientId, sessionId)),
  };
}

/** Signing completes the visit of a session (booking's completeVisit): none stays upcoming. */
async function completeVisits(t: TestApp, clinicId: string) {
  await t.deps.db
    .updateTable('appointment')
    .set({ status: 'completed' })
    .where('clinic_id', '=', clinicId)
    .where('status', '=', 'booked')
    .where('id', 'in', (eb) =>
      eb.selectFrom('treatment_session').select('appointment_id').where('clinic_id', '=', clinicId),
    )
    .execute();
}

/**
 * A cartridge lot `LOT-A1` and a PRP kit lot for a session world. Products are named per caller
 * (`suffix`): the authorization matrix's clinic also gets aftercare's own stock.
 */
export async function sessionWorld(t: TestApp, c: TreatmentClinic, suffix = ''): Promise<SessionWorld> {
  const now = t.clock.now();
  const product = (kind: 'cartridge' | 'topical', name: string) => ({
    ...{ id: newId(), clinic_id: c.clinicId, kind, name: `${name}${suffix}`, created_at: now },
    ...(kind === 'cartridge' ? { needle_config: '12-pin' } : { sterile_for_needled_skin: true }),
  });
  const products = {
    cartridge: product('cartridge', 'Cartridge 12-pin'),
    prp: product('topical', 'PRP kit'),
  };
  await t.deps.db.insertInto('consumable_product').values(Object.values(products)).execute();
  const lot = (productId: string, lotNumber: string) => ({
    ...{ id: newId(), clinic_id: c.clinicId, product_id: productId, lot_number: lotNumber },
    ...{ expires_on: '2027-06-30', quantity_received: 20, quantity_on_hand: 20, received_on: '2026-11-01' },
    ...{ received_by: c.practitionerId, created_at: now },
  });
  const lots = { cartridge: lot(products.cartridge.id, 'LOT-A1'), prp: lot(products.prp.id, 'PRP-7') };
  await t.deps.db.insertInto('stock_lot').values(Object.values(lots)).execute();
  return {
    ...{ clinicId: c.clinicId, bookable: c.bookable, practitionerId: c.practitionerId },
    lots: { cartridge: lots.cartridge.id, prp: lots.prp.id },
    products: { cartridge: products.cartridge.id, prp: products.prp.id },
  };
}

export async function recordTreatment(
  t: TestApp,
  w: BookingWorld,
  patients: { own: string; other: string },
): Promise<TreatmentRecord> {
  const clinic = {
    clinicId: w.clinic.id,
    bookable: w,
    practitionerId: w.practitionerId,
    clinicianHeaders: w.director.headers,
  };
  const world = await sessionWorld(t, clinic);
  const treated = await treatPatient(t, clinic, patients.own, world);
  const otherSessionId = await signedSession(t, world, {
    patientId: patients.other,
    startedAt: new Date('2026-12-01T11:00:00Z'),
  });
  await completeVisits(t, w.clinic.id);
  return { ...treated, otherSessionId, foreignSessionId: await foreignSession(t), lots: world.lots };
}

/** Free treatment slots of the practitioner on the day after the world's "now" (Wednesday 2 December 2026). */
export const freeSlotsQuery = (w: Pick<BookingWorld, 'practitionerId'>): string =>
  `schedule=Schedule/${w.practitionerId}&service-type=microneedling_face&start=ge2026-12-02&start=le2026-12-02`;
