import { clearIntakeAnswers } from '@corium/contracts';
import type { IntakeAnswers, PatientScreening } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic, type TestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { newId } from '../../platform/ids';

let t: TestApp;
let clinic: TestClinic;
let practitioner: Browser;
let prescriber: Browser;
let otherClinicPatient: string;
beforeAll(async () => {
  t = await buildTestApp();
  clinic = await createTestClinic(t.deps);
  practitioner = await signIn(t, (await clinic.addUser('practitioner')).email);
  // A medical director prescribes unless told otherwise.
  prescriber = await signIn(t, (await clinic.addUser('medical_director')).email);
  otherClinicPatient = (await (await createTestClinic(t.deps)).addPatient()).id;
});
afterAll(() => t.close());

/** The clinic's calendar day (Europe/London) `offset` days from now. */
function day(offset = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(t.clock.now());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}
const plan = (date = day(7)) => ({ date, modality: 'microneedling', zones: ['cheeks'], maxDepthMm: 1 });

const get = (browser: Browser, url: string) => t.app.inject({ method: 'GET', url, headers: browser.headers });
const post = (browser: Browser, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: browser.headers, payload });
const screen = (patientId: string, payload: object, browser = practitioner) =>
  post(browser, `/api/patients/${patientId}/screenings`, { plannedTreatment: plan(), ...payload });
const dayOf = (patientId: string, payload: object) =>
  post(practitioner, `/api/patients/${patientId}/screenings/day-of`, {
    attestedBy: 'practitioner',
    plannedTreatment: plan(day()),
    ...payload,
  });
const override = (patientId: string, screeningId: string, ruleId: string, browser = prescriber) =>
  post(browser, `/api/patients/${patientId}/screenings/${screeningId}/overrides`, {
    ruleId,
    reason: 'Reviewed with the patient; benefits outweigh the risk today.',
  });

/** A patient whose history (version 2) is the clear one with `changes`. */
async function patientWith(changes: Partial<IntakeAnswers>): Promise<string> {
  const { id } = await clinic.addPatient();
  const recorded = await post(practitioner, `/api/patients/${id}/medical-history`, {
    answers: { ...clearIntakeAnswers, ...changes },
  });
  expect(recorded.statusCode).toBe(201);
  return id;
}

const rowsOf = (patientId: string) =>
  t.deps.db.selectFrom('screening_evaluation').selectAll().where('patient_id', '=', patientId).execute();
const historyVersions = async (patientId: string) =>
  (await get(practitioner, `/api/patients/${patientId}/medical-history/versions`)).json().versions.length;

describe('screening a patient', () => {
  it('stores the result with its inputs, the history version and the rule-set version', async () => {
    const patientId = await patientWith({ anticoagulants: true });
    const response = await screen(patientId, { isFirstSession: false });
    expect(response.statusCode).toBe(201);
    const screening = response.json<PatientScreening>();
    expect(screening).toMatchObject({
      patientId,
      occasion: 'review',
      historyVersion: 2,
      isFirstSession: false,
      plannedTreatment: plan(),
      createdBy: { displayName: 'Test practitioner' },
      result: { outcome: 'needs-doctor', ruleSetVersion: 'corium-default-2026.11' },
      attestation: null,
      overrides: [],
      status: 'awaiting_override',
      awaitingOverride: ['C16'],
    });
    const [row] = await rowsOf(patientId);
    expect(row).toMatchObject({
      id: screening.id,
      history_version: 2,
      rule_set_version: 'corium-default-2026.11',
      outcome: 'needs-doctor',
      needs_override: ['C16'],
      inputs: {
        answers: { ...clearIntakeAnswers, anticoagulants: true },
        dateOfBirth: '1990-04-01',
        plannedTreatment: plan(),
        isFirstSession: false,
      },
    });
  });

  it('screens empty answers when no history was recorded: INCOMPLETE needs a prescriber', async () => {
    const patientId = newId();
    await t.deps.db
      .insertInto('patient')
      .values({
        id: patientId,
        clinic_id: clinic.id,
        given_name: 'New',
        family_name: 'Patient',
        date_of_birth: '1995-02-03',
        sex: 'male',
      })
      .execute();
    const screening = (await screen(patientId, {})).json<PatientScreening>();
    expect(screening).toMatchObject({ historyVersion: null, result: { outcome: 'needs-doctor' } });
    expect(screening.awaitingOverride).toContain('INCOMPLETE');
    const refused = await dayOf(patientId, { changed: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/complete the intake first/);
  });

  it('screens the history in force by time, not by version number (merged-in versions)', async () => {
    const patientId = await patientWith({});
    // A merge appends a duplicate's older history with a higher number.
    await t.deps.db
      .insertInto('medical_history')
      .values({
        id: newId(),
        clinic_id: clinic.id,
        patient_id: patientId,
        version: 3,
        answers: JSON.stringify({ ...clearIntakeAnswers, anticoagulants: true }),
        entered_at: new Date(t.clock.now().getTime() - 30 * 86_400_000),
      })
      .execute();
    const screening = (await screen(patientId, {})).json<PatientScreening>();
    expect(screening).toMatchObject({ historyVersion: 2, result: { outcome: 'clear' } });
  });

  it('lists newest first with status, reads one, and refuses another patient’s screening', async () => {
    const patientId = await patientWith({ bleeding_supplements: true });
    const first = (await screen(patientId, {})).json<PatientScreening>();
    const second = (await screen(patientId, { occasion: 'booking' })).json<PatientScreening>();
    const list = await get(practitioner, `/api/patients/${patientId}/screenings`);
    expect(list.statusCode).toBe(200);
    expect(list.json().screenings.map((s: PatientScreening) => [s.id, s.occasion, s.status])).toEqual([
      [second.id, 'booking', 'clear_to_treat'],
      [first.id, 'review', 'clear_to_treat'],
    ]);
    const one = await get(practitioner, `/api/patients/${patientId}/screenings/${first.id}`);
    expect(one.json()).toEqual(first);
    const otherPatient = await patientWith({});
    expect((await get(practitioner, `/api/patients/${otherPatient}/screenings/${first.id}`)).statusCode).toBe(
      404,
    );
    expect((await get(practitioner, `/api/patients/${patientId}/screenings/${newId()}`)).statusCode).toBe(
      404,
    );
  });

  it('refuses bad input with a 400 naming the field, and stores nothing', async () => {
    const patientId = await patientWith({ filler_last_date: day(10) });
    const cases: [object, string][] = [
      [{ plannedTreatment: plan(day(-1)) }, 'plannedTreatment.date'],
      [{ plannedTreatment: plan(day(5)) }, 'plannedTreatment.date'],
      [{ plannedTreatment: { ...plan(day(20)), zones: [] } }, 'plannedTreatment.zones'],
      [{ occasion: 'day_of', plannedTreatment: plan(day(20)) }, 'occasion'],
      [{ plannedTreatment: plan(day(20)), dateOfBirth: '1990-01-01' }, ''],
    ];
    for (const [payload, path] of cases) {
      const response = await screen(patientId, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      if (path) expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const afterFiller = await screen(patientId, { plannedTreatment: plan(day(5)) });
    expect(afterFiller.json().details[0].message).toMatch(/filler_last_date/);
    expect(await rowsOf(patientId)).toEqual([]);
  });

  it('does not reach a patient of another clinic', async () => {
    expect((await screen(otherClinicPatient, {})).statusCode).toBe(404);
    expect((await get(practitioner, `/api/patients/${otherClinicPatient}/screenings`)).statusCode).toBe(404);
    expect((await dayOf(otherClinicPatient, { changed: false })).statusCode).toBe(404);
    expect((await override(otherClinicPatient, newId(), 'C16')).statusCode).toBe(404);
    expect(await rowsOf(otherClinicPatient)).toEqual([]);
  });
});

describe('the day-of check', () => {
  it('records what changed as a new history version from staff, and screens that version', async () => {
    const patientId = await patientWith({ tattoo_in_area: true });
    const response = await dayOf(patientId, { changed: true, changes: { active_cold_sore: true } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      occasion: 'day_of',
      historyVersion: 3,
      attestation: { attestedBy: 'practitioner', changed: true },
      result: { outcome: 'block' },
      status: 'blocked',
    });
    const history = (await get(practitioner, `/api/patients/${patientId}/medical-history`)).json();
    expect(history).toMatchObject({ version: 3, source: 'staff', enteredBy: 'Test practitioner' });
    expect(history.answers).toEqual({ ...clearIntakeAnswers, tattoo_in_area: true, active_cold_sore: true });
  });

  it('with nothing changed, screens the history on file and adds no version', async () => {
    const patientId = await patientWith({});
    const response = await post(practitioner, `/api/patients/${patientId}/screenings/day-of`, {
      attestedBy: 'patient',
      changed: false,
      plannedTreatment: plan(day()),
      isFirstSession: false,
    });
    expect(response.json()).toMatchObject({
      historyVersion: 2,
      attestation: { attestedBy: 'patient', changed: false },
      status: 'clear_to_treat',
    });
    expect(await historyVersions(patientId)).toBe(2);
  });

  it('refuses bad input and leaves neither a history version nor a screening', async () => {
    const patientId = await patientWith({});
    const cases: [object, string][] = [
      [{ changed: true }, 'changes'],
      [{ changed: false, changes: { anticoagulants: true } }, 'changes'],
      [
        { changed: true, changes: { botulinum_toxin_last_date: day(3) } },
        'changes.botulinum_toxin_last_date',
      ],
      [{ changed: true, changes: { favourite_needle: '32G' } }, 'changes'],
      [{ changed: false, plannedTreatment: plan(day(1)) }, 'plannedTreatment.date'],
    ];
    for (const [payload, path] of cases) {
      const response = await dayOf(patientId, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(await historyVersions(patientId)).toBe(2);
    expect(await rowsOf(patientId)).toEqual([]);
  });
});
