import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { appointmentNoticeJob } from '../notifications/notifications.jobs';
import { erasureLines } from './erasure-plan';
import { api, auditOf, drain, privacyWorld, type PrivacyWorld } from './privacy-test-kit';

let t: TestApp;
let w: PrivacyWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await privacyWorld(t);
});
afterAll(() => t.close());

interface Line {
  category: string;
  outcome: string;
  count: number | null;
}
interface RequestDto {
  id: string;
  status: string;
  lines: Line[];
}

const db = () => t.deps.db;
const countsOf = (lines: Line[]) => Object.fromEntries(lines.map((l) => [l.category, l.count]));
const pendingJobs = () =>
  db()
    .selectFrom('outbox')
    .select(['job', 'payload'])
    .where('clinic_id', '=', w.clinic.id)
    .where('status', '=', 'pending')
    .execute();

/** Gives the patient something of every kind erasure deletes or keeps. */
async function somethingOfEveryKind() {
  const base = `/api/patients/${w.patientId}`;
  const day = (days: number) =>
    new Date(t.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
  await drain(t); // the booking's confirmation goes out: a message log row with an address
  expect(
    (await api(t, w, 'admin', 'PUT', `${base}/notification-preferences`, { email: true, sms: false }))
      .statusCode,
  ).toBe(200);
  expect(
    (await api(t, w, 'patient', 'PUT', '/api/portal/intake/draft', { answers: { anticoagulants: false } }))
      .statusCode,
  ).toBe(204);
  const waitlist = {
    serviceId: w.services.consultation,
    locationId: w.locationId,
    earliestDate: day(0),
    latestDate: day(30),
    timeOfDay: 'any',
  };
  expect((await api(t, w, 'front_desk', 'POST', `${base}/waitlist`, waitlist)).statusCode).toBe(201);
  expect((await api(t, w, 'patient', 'POST', '/api/portal/privacy/exports')).statusCode).toBe(202);
  await drain(t);
  const grant = (scope: 'marketing' | 'education') => ({
    id: newId(),
    clinic_id: w.clinic.id,
    patient_id: w.patientId,
    scope,
    granted: true,
    consent_id: w.consentId,
    cause: 'changed' as const,
    changed_by: w.directorId,
    changed_at: t.clock.now(),
  });
  await db()
    .insertInto('photo_scope_event')
    .values([grant('marketing'), grant('education')])
    .execute();
}

const clinicalCounts = async () => ({
  history: (
    await db().selectFrom('medical_history').select('id').where('patient_id', '=', w.patientId).execute()
  ).length,
  consents: (
    await db().selectFrom('signed_consent').select('id').where('patient_id', '=', w.patientId).execute()
  ).length,
  appointments: (
    await db().selectFrom('appointment').select('id').where('patient_id', '=', w.patientId).execute()
  ).length,
  series: (
    await db().selectFrom('treatment_series').select('id').where('patient_id', '=', w.patientId).execute()
  ).length,
});

describe('erasure', () => {
  let request: RequestDto;
  let before: Awaited<ReturnType<typeof clinicalCounts>>;

  it('is asked for in the portal and shows the admin what it will delete and keep', async () => {
    await somethingOfEveryKind();
    const asked = await api(t, w, 'patient', 'POST', '/api/portal/privacy/erasure-requests', {
      reason: 'I am moving abroad',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    request = asked.json<RequestDto>();
    expect(request.status).toBe('requested');
    const listed = await api(t, w, 'admin', 'GET', '/api/privacy/erasure-requests');
    const shown = listed.json<{ requests: RequestDto[] }>().requests.find((r) => r.id === request.id)!;
    expect(countsOf(shown.lines)).toMatchObject({
      portal_account: 1,
      photo_uses: 2,
      notification_preferences: 1,
      message_addresses: 1,
      waitlist: 1,
      intake_draft: 1,
      record_copies: 1,
      clinical_record: null,
    });
  });

  it('waits until the patient’s upcoming visits are cancelled, so the patient is told', async () => {
    const refused = await api(
      t,
      w,
      'admin',
      'POST',
      `/api/privacy/erasure-requests/${request.id}/carry-out`,
      { note: 'Checked the identity at the desk' },
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().details).toEqual({ upcomingVisits: 1 });
    const cancel = await api(
      t,
      w,
      'front_desk',
      'POST',
      `/api/patients/${w.patientId}/appointments/${w.appointmentId}/cancel`,
      { reason: 'The patient asked' },
    );
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect((await pendingJobs()).map((j) => j.job)).toContain('notifications.appointment-notice');
  });

  it('deletes exactly the listed categories in one go, cancels pending messages, and restricts the record', async () => {
    before = await clinicalCounts();
    const done = await api(t, w, 'admin', 'POST', `/api/privacy/erasure-requests/${request.id}/carry-out`, {
      note: 'Checked the identity at the desk',
    });
    expect(done.statusCode, done.body).toBe(200);
    const record = done.json<RequestDto>();
    expect(record.status).toBe('carried_out');
    expect(record.lines.map((l) => [l.category, l.outcome])).toEqual(
      erasureLines(countsOf(record.lines) as never).map((l) => [l.category, l.outcome]),
    );
    expect(countsOf(record.lines)).toMatchObject({
      portal_account: 1,
      photo_uses: 2,
      waitlist: 1,
      intake_draft: 1,
    });
    expect(countsOf(record.lines).pending_messages).toBeGreaterThan(0);

    const patient = await db()
      .selectFrom('patient')
      .select(['user_id', 'restricted_at', 'email'])
      .where('id', '=', w.patientId)
      .executeTakeFirstOrThrow();
    expect(patient.user_id).toBeNull();
    expect(patient.restricted_at).not.toBeNull();
    expect(patient.email).not.toBeNull(); // contact details are kept for recalls
    expect(
      await db()
        .selectFrom('notification_preference')
        .select('patient_id')
        .where('patient_id', '=', w.patientId)
        .execute(),
    ).toEqual([]);
    expect(
      await db().selectFrom('waitlist_entry').select('id').where('patient_id', '=', w.patientId).execute(),
    ).toEqual([]);
    expect(
      await db()
        .selectFrom('intake_draft')
        .select('patient_id')
        .where('patient_id', '=', w.patientId)
        .execute(),
    ).toEqual([]);
    const log = await db()
      .selectFrom('notification_log')
      .select(['recipient', 'kind'])
      .where('patient_id', '=', w.patientId)
      .execute();
    expect(log).toEqual([{ recipient: '', kind: 'confirmation' }]);
    const scopes = await db()
      .selectFrom('photo_scope_event')
      .select(['scope', 'granted'])
      .where('patient_id', '=', w.patientId)
      .orderBy('changed_at')
      .orderBy('id')
      .execute();
    expect(scopes.slice(-2).every((s) => !s.granted)).toBe(true);
    expect(
      await db()
        .selectFrom('patient_export')
        .select('archive')
        .where('patient_id', '=', w.patientId)
        .where('archive', 'is not', null)
        .execute(),
    ).toEqual([]);
    expect(await clinicalCounts()).toEqual(before);
  });

  it('leaves no pending message for the patient, but keeps the offer of their freed time to others', async () => {
    const jobs = await pendingJobs();
    expect(jobs.map((j) => j.job)).not.toContain('notifications.appointment-notice');
    expect(jobs.map((j) => j.job)).toContain('waitlist.offer-slot');
  });

  it('closes the portal account: its sessions and tokens no longer work', async () => {
    expect((await api(t, w, 'patient', 'GET', '/api/portal/privacy')).statusCode).toBe(401);
    const tokens = await db()
      .selectFrom('api_token')
      .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
      .select('api_token.id')
      .where('app_user.display_name', '=', 'Erased portal account')
      .where('app_user.clinic_id', '=', w.clinic.id)
      .execute();
    expect(tokens).toEqual([]);
  });

  it('hides the record from search, lists and FHIR', async () => {
    const family = (
      await db()
        .selectFrom('patient')
        .select('family_name')
        .where('id', '=', w.patientId)
        .executeTakeFirstOrThrow()
    ).family_name;
    const search = await api(t, w, 'admin', 'GET', `/api/patients?q=${encodeURIComponent(family)}`);
    expect(search.statusCode).toBe(200);
    expect(search.json<{ patients: { id: string }[] }>().patients.map((p) => p.id)).not.toContain(
      w.patientId,
    );
    for (const url of [
      `/fhir/R4/Patient?_id=${w.patientId}`,
      `/fhir/R4/Appointment?patient=${w.patientId}`,
      `/fhir/R4/Consent?patient=${w.patientId}`,
    ]) {
      const found = await api(t, w, 'medical_director', 'GET', url);
      expect(found.json<{ entry?: unknown[] }>().entry ?? [], url).toEqual([]);
    }
    expect((await api(t, w, 'medical_director', 'GET', `/fhir/R4/Patient/${w.patientId}`)).statusCode).toBe(
      404,
    );
    expect(
      (await api(t, w, 'medical_director', 'GET', `/fhir/R4/Patient/${w.patientId}/$everything`)).statusCode,
    ).toBe(404);
  });

  it('never sends an appointment message queued for the patient before the erasure', async () => {
    const outboxId = await db()
      .transaction()
      .execute((trx) =>
        enqueue(
          trx,
          appointmentNoticeJob,
          {
            clinicId: w.clinic.id,
            kind: 'cancellation',
            channel: 'email',
            visits: [{ appointmentId: w.appointmentId, start: t.clock.now().toISOString(), sequence: 1 }],
            previousStart: null,
          },
          { clinicId: w.clinic.id, runAt: t.clock.now() },
        ),
      );
    await drain(t);
    expect(
      await db().selectFrom('notification_log').select('id').where('outbox_id', '=', outboxId).execute(),
    ).toEqual([]);
  });

  it('is recorded as a high-priority audit event, and cannot be carried out twice', async () => {
    const events = await auditOf(t, w.patientId, 'erasure_request');
    expect(events.at(-1)).toMatchObject({
      action: 'delete',
      details: expect.objectContaining({ priority: 'high' }),
    });
    const again = await api(t, w, 'admin', 'POST', `/api/privacy/erasure-requests/${request.id}/carry-out`, {
      note: 'Checked the identity at the desk',
    });
    expect(again.statusCode).toBe(409);
  });
});
