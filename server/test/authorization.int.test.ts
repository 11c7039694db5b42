import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/platform/ids';
import {
  createMatrixFixtures,
  freshAppointment,
  freshConsent,
  freshOffer,
  freshPortalAppointment,
  freshToken,
  freshWaitlistEntry,
  MATRIX_OFFER_TOKEN,
  nextBooking,
  waitlistBody,
  plannedTreatment,
  signingBody,
  type MatrixFixtures,
} from './authorization-fixtures';
import { clinicSetupBodies, withSetupIds } from './clinic-setup-matrix';
import { bookingMovesBodies, withBookingMovesIds } from './booking-moves-matrix';
import { fhirBodies, fhirHeaders, fhirUrl } from './fhir-matrix';
import { photoBodies, photoHeaders, withPhotoIds } from './photos-matrix';
import { inventoryBodies, withInventoryIds } from './inventory-matrix';
import { chartingBodies, withChartingIds } from './charting-matrix';
import { privacyBodies, withPrivacyIds } from './privacy-matrix';
import { aftercareBodies, withAftercareIds } from './aftercare-matrix';
import { outcomesBodies, withOutcomeIds } from './outcomes-matrix';
import { webhookBodies, withWebhookIds } from './webhooks-matrix';
import { authorizationMatrix, type Caller, type MatrixRow, type Target } from './authorization-matrix';
import { buildTestApp, type TestApp } from './build-test-app';

let t: TestApp;
let f: MatrixFixtures;
const callers: Caller[] = ['admin', 'medical_director', 'practitioner', 'front_desk', 'patient'];

beforeAll(async () => {
  t = await buildTestApp();
  f = await createMatrixFixtures(t);
});
afterAll(() => t.close());

type Scenario = { caller: Caller | 'anonymous'; target: Target | 'other_clinic' | 'none' };

function patientOf(s: Scenario): string {
  const { ids } = f;
  if (s.target === 'other_clinic') return ids.otherClinicPatient;
  if (s.caller === 'patient' && s.target === 'own') return ids.ownPatientOfPatient;
  return s.target === 'other' ? ids.other : ids.own;
}

/** Routes whose query string is required. */
function queryOf(path: string): string {
  const { ids, bookable } = f;
  if (path.endsWith('/merge-preview')) return `?duplicateId=${ids.duplicate}`;
  if (path === '/api/booking/availability')
    return `?serviceId=${bookable.services.consultation}&locationId=${bookable.locationId}&from=2026-12-01&to=2026-12-07`;
  if (path === '/api/appointments') return '?from=2026-12-01T00:00:00Z&to=2026-12-08T00:00:00Z';
  if (path === '/api/portal/booking/availability')
    return `?serviceId=${bookable.services.consultation}&locationId=${bookable.locationId}&from=2026-12-01&to=2026-12-07`;
  if (path === '/api/portal/waitlist/offers/:offerId') return `?token=${MATRIX_OFFER_TOKEN}`;
  return '';
}

async function url(row: MatrixRow, s: Scenario): Promise<string> {
  const { ids } = f;
  const path = row.route.split(' ')[1]!;
  const patient = patientOf(s);
  const otherClinic = s.target === 'other_clinic';
  const consentOf = otherClinic ? null : path.includes(':patientId') ? patient : ids.ownPatientOfPatient;
  // A visit to move is a booked one, as for cancelling.
  const appointment = /\/(cancel|no-show|reschedule)$/.exec(path)?.[1]?.replace('reschedule', 'cancel') as
    'cancel' | 'no-show' | undefined;
  if (path.startsWith('/fhir/')) return fhirUrl(f, path, s.caller);
  if (path.startsWith('/api/privacy/')) return withPrivacyIds(f, path, s.caller);
  const withIds = await withBookingMovesIds(
    f,
    await withInventoryIds(f, await withSetupIds(f, path, otherClinic), otherClinic),
    otherClinic ? null : patient,
  );
  const roomIds = await withPhotoIds(
    f,
    await withChartingIds(f, withIds, otherClinic ? null : patient),
    path.startsWith('/api/portal/') ? ids.ownPatientOfPatient : patient,
  );
  const aftercareIds = await withOutcomeIds(
    f,
    await withAftercareIds(f, roomIds, otherClinic ? null : patient),
    otherClinic ? null : patient,
  );
  // Portal routes act on the caller's own record: the portal patient's things, fresh for each call.
  const portal = path.startsWith('/api/portal/');
  const appointmentOf = (kind: 'cancel' | 'no-show') =>
    portal
      ? freshPortalAppointment(f, otherClinic ? null : ids.ownPatientOfPatient)
      : freshAppointment(f, otherClinic ? null : patient, kind);
  const entryOf = otherClinic ? null : portal ? ids.ownPatientOfPatient : patient;
  return `${await withWebhookIds(f, aftercareIds, otherClinic)}${queryOf(path)}`
    .replace(':appointmentId', appointment ? await appointmentOf(appointment) : '')
    .replace(':entryId', path.includes(':entryId') ? await freshWaitlistEntry(f, entryOf) : '')
    .replace(':offerId', path.includes(':offerId') ? await freshOffer(f) : '')
    .replace(':consentId', path.includes(':consentId') ? await freshConsent(f, consentOf) : '')
    .replace(':treatment', 'microneedling')
    .replace(':templateId', otherClinic ? ids.otherClinicTemplate : ids.template)
    .replace(':patientId', patient)
    .replace(':userId', otherClinic ? ids.otherClinicUser : ids.user)
    .replace(':screeningId', f.screenings[patient] ?? newId())
    .replace(':tokenId', path.includes(':tokenId') ? await freshToken(f, otherClinic ? 'b' : 'a') : '');
}

const bodies: Record<string, () => object | Promise<object>> = {
  ...clinicSetupBodies(() => f),
  ...fhirBodies(() => f),
  ...privacyBodies(() => f),
  ...bookingMovesBodies(() => f),
  ...inventoryBodies(() => f),
  ...chartingBodies(() => f),
  ...aftercareBodies(() => f),
  ...outcomesBodies(),
  ...photoBodies(),
  ...webhookBodies(),
  // Public pages (issue 10).
  'PUT /api/clinic/branding': () => ({ brandColour: '#0e5a4f' }),
  'POST /api/users/invitations': () => ({
    email: `${newId()}@invited.test`,
    displayName: 'New Colleague',
    role: 'practitioner',
  }),
  'PATCH /api/users/:userId': () => ({ isPrescriber: true }),
  // Each allowed call merges a fresh duplicate into the target, which stays usable afterwards.
  'POST /api/patients/:patientId/merge': async () => ({
    duplicateId: (await f.clinicA.addPatient()).id,
    reason: 'Registered twice at the desk (matrix)',
  }),
  'POST /api/patients': () => ({
    givenName: 'Matrix',
    familyName: newId(),
    dateOfBirth: '1985-03-03',
    sex: 'female',
    confirmNotDuplicate: true,
  }),
  'PATCH /api/patients/:patientId': () => ({ phone: '+44 20 7946 0000' }),
  'POST /api/patients/:patientId/medical-history': () => ({ answers: { anticoagulants: false } }),
  'PUT /api/portal/intake/draft': () => ({ answers: { anticoagulants: false } }),
  'POST /api/portal/intake': () => ({ answers: { anticoagulants: false } }),
  'POST /api/screening/rule-set/versions': () => ({
    basedOn: 'corium-default-2026.11',
    reason: 'Authorization matrix: a new version of the rules',
    changes: [{ kind: 'depth_cap', zone: 'neck', mm: 0.75 }],
  }),
  'POST /api/patients/:patientId/screenings': () => ({ plannedTreatment: plannedTreatment(t) }),
  'POST /api/patients/:patientId/screenings/day-of': () => ({
    attestedBy: 'practitioner',
    changed: false,
    plannedTreatment: plannedTreatment(t),
  }),
  // Factory patients take anticoagulants: C16 needs a prescriber's override.
  'POST /api/patients/:patientId/screenings/:screeningId/overrides': () => ({
    ruleId: 'C16',
    reason: 'Reviewed with the patient: bleeding risk accepted.',
  }),
  'POST /api/patients/:patientId/appointments': () => nextBooking(f),
  'POST /api/patients/:patientId/appointments/:appointmentId/cancel': () => ({ reason: 'The patient asked' }),
  'POST /api/portal/booking/appointments': () => nextBooking(f),
  'POST /api/portal/booking/appointments/:appointmentId/cancel': () => ({}),
  'POST /api/portal/booking/appointments/:appointmentId/reschedule': () => {
    const { start, assignment } = nextBooking(f);
    return { start, assignment };
  },
  'POST /api/portal/waitlist': () => waitlistBody(f),
  'POST /api/portal/waitlist/:entryId/withdraw': () => ({}),
  'POST /api/portal/waitlist/offers/:offerId/accept': () => ({ token: MATRIX_OFFER_TOKEN }),
  'POST /api/portal/waitlist/offers/:offerId/decline': () => ({ token: MATRIX_OFFER_TOKEN }),
  'POST /api/patients/:patientId/waitlist': () => waitlistBody(f),
  'POST /api/patients/:patientId/waitlist/:entryId/withdraw': () => ({}),
  'POST /api/patients/:patientId/treatment-series': () => ({
    concerns: ['acne_scars'],
    modality: 'microneedling',
    plannedDepthMm: { cheeks: 1 },
  }),
  'POST /api/consent/templates/:templateId/versions': async () => ({
    basedOnVersion: (
      await t.deps.db
        .selectFrom('consent_template_version')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('template_id', '=', f.ids.template)
        .executeTakeFirstOrThrow()
    ).version,
    title: 'Consent to PRP',
    body: 'I, {{patient_name}}, agree to PRP.',
    material: false,
    changeNote: 'Matrix',
  }),
  'POST /api/patients/:patientId/consents': () => signingBody(f),
  'POST /api/portal/consents': () => signingBody(f),
  'POST /api/patients/:patientId/consents/:consentId/withdraw': () => ({ reason: 'The patient asked' }),
  'POST /api/patients/:patientId/photos/:photoId/remove': () => ({ reason: 'Taken of the wrong patient' }),
  'POST /api/portal/consents/:consentId/withdraw': () => ({ reason: 'Changed my mind' }),
  'POST /api/patients/:patientId/consent-requests': () => ({ treatment: 'prp' }),
  'PUT /api/patients/:patientId/photo-scopes': () => ({ scope: 'marketing', granted: false }),
  'PUT /api/portal/photo-scopes': () => ({ scope: 'marketing', granted: false }),
  // Appointment messages: e-mail needs no address to be chosen, so every target accepts it.
  'PUT /api/patients/:patientId/notification-preferences': () => ({ email: true, sms: false }),
  'PUT /api/portal/notification-preferences': () => ({ email: true, sms: false }),
  'POST /api/screening/evaluate': () => ({
    answers: {},
    dateOfBirth: '1990-01-01',
    plannedTreatment: { date: '2026-12-01', modality: 'microneedling', zones: ['cheeks'], maxDepthMm: 1 },
  }),
};

function expected(row: MatrixRow, s: Scenario): boolean {
  if (s.caller === 'anonymous' || s.target === 'other_clinic') return false;
  const allowed = row.allow[s.caller];
  if (allowed === undefined) return false;
  return allowed === true || (s.target !== 'none' && allowed.includes(s.target));
}

function scenarios(row: MatrixRow): Scenario[] {
  const aboutOne =
    /:(patientId|userId|tokenId|templateId|consentId|appointmentId|locationId|roomId|deviceId|serviceId|exceptionId|timeOffId|productId|lotId|recallId|subscriptionId)/.test(
      row.route,
    );
  const targets = row.route.includes(':patientId')
    ? (['own', 'other', 'other_clinic'] as const)
    : aboutOne
      ? (['none', 'other_clinic'] as const)
      : (['none'] as const);
  return [...callers, 'anonymous' as const].flatMap((caller) =>
    targets.map((target) => ({ caller, target })),
  );
}

describe('authorization matrix', () => {
  it('covers every protected route the app registers', () => {
    const registered = t.app.routePolicies
      .filter((r) => 'roles' in r.policy && [r.method].flat()[0] !== 'HEAD')
      .map((r) => `${[r.method].flat()[0]} ${r.url}`);
    expect([...new Set(registered)].sort()).toEqual(authorizationMatrix.map((r) => r.route).sort());
  });

  for (const row of authorizationMatrix) {
    it(`${row.route}: allows exactly what the table says`, async () => {
      const surprises: string[] = [];
      for (const s of scenarios(row)) {
        const [method] = row.route.split(' ');
        const headers = {
          ...(s.caller === 'anonymous' ? {} : f.browsers[s.caller].headers),
          ...fhirHeaders(row.route),
          ...photoHeaders(row.route),
        };
        const response = await t.app.inject({
          method: method as 'GET',
          url: await url(row, s),
          headers,
          payload: await bodies[row.route]?.(),
        });
        const allowed = response.statusCode < 300;
        if (allowed !== expected(row, s))
          surprises.push(`${s.caller} → ${s.target}: ${response.statusCode} ${response.body.slice(0, 120)}`);
        if (!allowed && ![401, 403, 404].includes(response.statusCode))
          surprises.push(`${s.caller} → ${s.target}: unexpected ${response.statusCode}`);
        if (s.caller === 'anonymous' && response.statusCode !== 401)
          surprises.push(`anonymous → ${s.target}: ${response.statusCode}`);
      }
      expect(surprises).toEqual([]);
    });
  }

  it('ignores or refuses attempts to smuggle ownership in a body', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${f.ids.user}`,
      headers: f.browsers.admin.headers,
      payload: { role: 'practitioner', clinicId: newId(), patientId: f.ids.otherClinicPatient },
    });
    expect(response.statusCode).toBe(400);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/users/invitations',
      headers: f.browsers.admin.headers,
      payload: { ...(await bodies['POST /api/users/invitations']!()), role: 'patient' },
    });
    expect(invite.statusCode).toBe(400);
  });
});
