import {
  insertStartedAppointment,
  makeClinicBookable,
  nthConsultation,
  type BookableClinic,
} from '../src/modules/booking/booking-test-kit';
import { ensureDefaultTemplates } from '../src/modules/consent/consent-templates.service';
import { drawnSignature } from '../src/modules/consent/consent-test-kit';
import { createApiToken } from '../src/modules/identity/tokens.service';
import { hashOfferToken } from '../src/modules/waitlist/waitlist-offers';
import { newId } from '../src/platform/ids';
import type { Caller } from './authorization-matrix';
import type { TestApp } from './build-test-app';
import { createTestClinic, type TestClinic } from './factories/clinic.factory';
import { signIn, type Browser } from './factories/sign-in';

/**
 * What the authorization matrix calls routes with: two clinics, a signed-in browser per role in
 * clinic a, and for routes about one thing (a screening, a consent, a token) a real one, so that
 * an allowed call can succeed. Calls that consume what they act on get a fresh one each time.
 */
export interface MatrixFixtures {
  t: TestApp;
  clinicA: TestClinic;
  browsers: Record<Caller, Browser>;
  ids: {
    own: string;
    other: string;
    ownPatientOfPatient: string;
    otherClinicPatient: string;
    user: string;
    otherClinicUser: string;
    /** Never merged: every merge preview may name it. */
    duplicate: string;
    /** Clinic a's PRP consent template (the one the publish route changes) and clinic b's. */
    template: string;
    otherClinicTemplate: string;
  };
  /** One screening per patient. */
  screenings: Record<string, string>;
  /** The current microneedling consent version, which every signing in the matrix signs. */
  consentVersionId: string;
  /** Clinic a's services, rooms and the practitioner `ids.user`'s hours. */
  bookable: BookableClinic;
  /** Bookings made so far: each takes a half hour of its own. */
  bookings: number;
}

const callers: Caller[] = ['admin', 'medical_director', 'practitioner', 'front_desk', 'patient'];

export const today = (t: TestApp) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(t.clock.now());

export const plannedTreatment = (t: TestApp) => ({
  date: today(t),
  modality: 'microneedling',
  zones: ['cheeks'],
  maxDepthMm: 1,
});

export const signingBody = (f: MatrixFixtures) => ({
  templateVersionId: f.consentVersionId,
  typedName: 'Matrix Patient',
  signature: drawnSignature,
});

export async function createMatrixFixtures(t: TestApp): Promise<MatrixFixtures> {
  const a = await createTestClinic(t.deps);
  const b = await createTestClinic(t.deps);
  const browsers = {} as Record<Caller, Browser>;
  for (const role of callers.filter((c) => c !== 'patient'))
    browsers[role] = await signIn(t, (await a.addUser(role)).email);
  const patientOwn = await a.addPatient({ withAccount: true });
  browsers.patient = await signIn(t, patientOwn.email!);
  const f: MatrixFixtures = {
    t,
    clinicA: a,
    browsers,
    ids: {
      own: (await a.addPatient()).id,
      other: (await a.addPatient()).id,
      ownPatientOfPatient: patientOwn.id,
      otherClinicPatient: (await b.addPatient()).id,
      user: (await a.addUser('practitioner')).id,
      otherClinicUser: (await b.addUser('practitioner')).id,
      duplicate: (await a.addPatient()).id,
      template: '',
      otherClinicTemplate: '',
    },
    screenings: {},
    consentVersionId: '',
    bookable: undefined as unknown as BookableClinic,
    bookings: 0,
  };
  f.bookable = await makeClinicBookable(t.deps, a.id, [f.ids.user]);
  await addScreenings(f);
  await addConsentTemplates(f, a.id, b.id);
  return f;
}

async function addScreenings(f: MatrixFixtures): Promise<void> {
  for (const patientId of [f.ids.own, f.ids.other, f.ids.ownPatientOfPatient]) {
    const response = await f.t.app.inject({
      method: 'POST',
      url: `/api/patients/${patientId}/screenings`,
      headers: f.browsers.medical_director.headers,
      payload: { plannedTreatment: plannedTreatment(f.t) },
    });
    f.screenings[patientId] = response.json().id;
  }
}

async function addConsentTemplates(f: MatrixFixtures, clinicA: string, clinicB: string): Promise<void> {
  const now = f.t.clock.now();
  await f.t.deps.db.transaction().execute(async (trx) => {
    await ensureDefaultTemplates(trx, clinicA, now);
    await ensureDefaultTemplates(trx, clinicB, now);
  });
  const prp = (clinicId: string) =>
    f.t.deps.db
      .selectFrom('consent_template')
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('treatment', '=', 'prp')
      .executeTakeFirstOrThrow();
  f.ids.template = (await prp(clinicA)).id;
  f.ids.otherClinicTemplate = (await prp(clinicB)).id;
  const rendered = await f.t.app.inject({
    method: 'GET',
    url: `/api/patients/${f.ids.own}/consents/render/microneedling`,
    headers: f.browsers.admin.headers,
  });
  f.consentVersionId = rendered.json().templateVersion.id;
}

/** A consent of its own for each call: countersigning and withdrawing happen once per consent. */
export async function freshConsent(f: MatrixFixtures, patientId: string | null): Promise<string> {
  if (patientId === null) return newId();
  const response = await f.t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/consents`,
    headers: f.browsers.admin.headers,
    payload: signingBody(f),
  });
  return response.json().id;
}

/** Each revoke consumes a token, so every call gets one of its own. */
export async function freshToken(f: MatrixFixtures, clinic: 'a' | 'b'): Promise<string> {
  const admin = f.browsers.admin.state;
  const email =
    clinic === 'a' && admin.state === 'signed_in'
      ? admin.current.user.email
      : (
          await f.t.deps.db
            .selectFrom('app_user')
            .select('email')
            .where('id', '=', f.ids.otherClinicUser)
            .executeTakeFirstOrThrow()
        ).email;
  await createApiToken(f.t.deps, { email, name: 'matrix', expiresInDays: 1 });
  const row = await f.t.deps.db
    .selectFrom('api_token')
    .select('id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The next consultation of the matrix: a half hour no other call takes. */
export const nextBooking = (f: MatrixFixtures) =>
  nthConsultation(f.bookable, f.ids.user, f.bookings++, f.t.clock.now());

/** An appointment of its own for each call: cancelling and marking a no-show happen once. */
export async function freshAppointment(
  f: MatrixFixtures,
  patientId: string | null,
  kind: 'cancel' | 'no-show',
): Promise<string> {
  if (patientId === null) return newId();
  if (kind === 'no-show')
    return insertStartedAppointment(f.t.deps, {
      clinicId: f.clinicA.id,
      bookable: f.bookable,
      patientId,
      createdBy: f.ids.user,
    });
  const response = await f.t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/appointments`,
    headers: f.browsers.front_desk.headers,
    payload: nextBooking(f),
  });
  return response.json().id;
}

// Portal booking and the waitlist (issue 6): fresh things for the calls that consume them.

/** The link token of every offer the matrix makes; the offer stores only its hash. */
export const MATRIX_OFFER_TOKEN = 'matrix-offer-token-matrix-offer-token-12345';

/** A consultation a week out — past the portal's 24-hour cancel notice — for the patient. */
export async function freshPortalAppointment(f: MatrixFixtures, patientId: string | null): Promise<string> {
  if (patientId === null) return newId();
  const weekOn = new Date(f.t.clock.now().getTime() + 7 * 86_400_000);
  const response = await f.t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/appointments`,
    headers: f.browsers.front_desk.headers,
    payload: nthConsultation(f.bookable, f.ids.user, f.bookings++, weekOn),
  });
  return response.json<{ id: string }>().id;
}

export const waitlistBody = (f: MatrixFixtures) => ({
  serviceId: f.bookable.services.consultation,
  locationId: f.bookable.locationId,
  earliestDate: today(f.t),
  latestDate: new Date(f.t.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
  timeOfDay: 'any',
});

/** A waiting entry of the patient's, to be withdrawn. */
export async function freshWaitlistEntry(f: MatrixFixtures, patientId: string | null): Promise<string> {
  if (patientId === null) return newId();
  const response = await f.t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/waitlist`,
    headers: f.browsers.front_desk.headers,
    payload: waitlistBody(f),
  });
  return response.json<{ id: string }>().id;
}

/** An open offer to the portal patient of a cancelled consultation's time, with MATRIX_OFFER_TOKEN. */
export async function freshOffer(f: MatrixFixtures): Promise<string> {
  const appointmentId = await freshPortalAppointment(f, f.ids.own);
  await f.t.app.inject({
    method: 'POST',
    url: `/api/patients/${f.ids.own}/appointments/${appointmentId}/cancel`,
    headers: f.browsers.front_desk.headers,
    payload: { reason: 'Matrix: the time goes to the waitlist' },
  });
  const entryId = await freshWaitlistEntry(f, f.ids.ownPatientOfPatient);
  const { starts_at } = await f.t.deps.db
    .selectFrom('appointment')
    .select('starts_at')
    .where('id', '=', appointmentId)
    .executeTakeFirstOrThrow();
  const id = newId();
  const now = f.t.clock.now();
  await f.t.deps.db
    .insertInto('waitlist_offer')
    .values({
      ...{ id, clinic_id: f.clinicA.id, entry_id: entryId, freed_appointment_id: appointmentId, starts_at },
      ...{ token_hash: hashOfferToken(MATRIX_OFFER_TOKEN), expires_at: new Date(now.getTime() + 3_600_000) },
      created_at: now,
    })
    .execute();
  await f.t.deps.db
    .updateTable('waitlist_entry')
    .set({ status: 'offered' })
    .where('id', '=', entryId)
    .execute();
  return id;
}
