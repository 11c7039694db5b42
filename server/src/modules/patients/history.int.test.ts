import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';

let t: TestApp;
let practitioner: Browser;
let patient: Browser;
let patientId: string;
beforeAll(async () => {
  t = await buildTestApp();
  const clinic = await createTestClinic(t.deps);
  practitioner = await signIn(t, (await clinic.addUser('practitioner')).email);
  const record = await clinic.addPatient({ withAccount: true });
  patientId = record.id;
  patient = await signIn(t, record.email!);
});
afterAll(() => t.close());

const get = (browser: Browser, url: string) => t.app.inject({ method: 'GET', url, headers: browser.headers });
const send = (browser: Browser, method: 'POST' | 'PUT', url: string, payload: object) =>
  t.app.inject({ method, url, headers: browser.headers, payload });
const day = (offset: number): string =>
  new Date(t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

describe('medical history versions', () => {
  it('supersedes without overwriting, and answers what was known on an earlier day', async () => {
    // The intake on file was given three days ago.
    await sql`UPDATE medical_history SET entered_at = entered_at - interval '3 days' WHERE patient_id = ${patientId}`.execute(
      t.deps.db,
    );
    const before = (await get(practitioner, `/api/patients/${patientId}/medical-history`)).json();
    const added = await send(practitioner, 'POST', `/api/patients/${patientId}/medical-history`, {
      answers: { ...before.answers, anticoagulants: false, active_cold_sore: true },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      version: before.version + 1,
      source: 'staff',
      enteredBy: 'Test practitioner',
    });
    const latest = (await get(practitioner, `/api/patients/${patientId}/medical-history`)).json();
    expect(latest.answers.active_cold_sore).toBe(true);
    const then = (
      await get(practitioner, `/api/patients/${patientId}/medical-history?asOf=${day(-2)}`)
    ).json();
    expect(then).toMatchObject({ version: before.version, answers: { anticoagulants: true } });
    const versions = (await get(practitioner, `/api/patients/${patientId}/medical-history/versions`)).json()
      .versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([before.version + 1, before.version]);
  });

  it('refuses unknown question ids and wrong types, naming the field', async () => {
    const unknown = await send(practitioner, 'POST', `/api/patients/${patientId}/medical-history`, {
      answers: { favourite_needle: '32G' },
    });
    expect(unknown.statusCode).toBe(400);
    const wrong = await send(practitioner, 'POST', `/api/patients/${patientId}/medical-history`, {
      answers: { diabetes: 'sometimes' },
    });
    expect(wrong.json().details[0].path).toBe('answers.diabetes');
  });
});

describe('portal intake', () => {
  it('saves a draft as the patient goes, resumes it, and submits a new version from the patient', async () => {
    expect(
      (await send(patient, 'PUT', '/api/portal/intake/draft', { answers: { active_skin_infection: false } }))
        .statusCode,
    ).toBe(204);
    const resumed = (await get(patient, '/api/portal/intake')).json();
    expect(resumed.draft.answers).toEqual({ active_skin_infection: false });
    const submitted = await send(patient, 'POST', '/api/portal/intake', {
      answers: { active_skin_infection: false, pregnant_or_breastfeeding: false, allergies: ['Nickel'] },
    });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json()).toMatchObject({ source: 'patient', answers: { allergies: ['nickel'] } });
    const after = (await get(patient, '/api/portal/intake')).json();
    expect(after.draft).toBeNull();
    expect(after.submitted.version).toBe(submitted.json().version);
  });

  it('keeps the clinician-only answer when the patient sends the questionnaire again', async () => {
    const current = (await get(practitioner, `/api/patients/${patientId}/medical-history`)).json();
    await send(practitioner, 'POST', `/api/patients/${patientId}/medical-history`, {
      answers: { ...current.answers, expectations_concern: true },
    });
    const resent = await send(patient, 'POST', '/api/portal/intake', {
      answers: { active_skin_infection: false, expectations_concern: false },
    });
    expect(resent.statusCode).toBe(201);
    expect(resent.json()).toMatchObject({ source: 'patient', answers: { expectations_concern: true } });
  });
});
