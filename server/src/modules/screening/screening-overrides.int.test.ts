import { clearIntakeAnswers } from '@corium/contracts';
import type { IntakeAnswers, PatientScreening } from '@corium/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic, type TestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';

let t: TestApp;
let clinic: TestClinic;
let practitioner: Browser;
let prescriber: Browser;
beforeAll(async () => {
  t = await buildTestApp();
  clinic = await createTestClinic(t.deps);
  // A practitioner does not prescribe unless the clinic says so; a medical director does.
  practitioner = await signIn(t, (await clinic.addUser('practitioner')).email);
  prescriber = await signIn(t, (await clinic.addUser('medical_director')).email);
});
afterAll(() => t.close());

/** The clinic's calendar day (Europe/London) `offset` days from now. */
function day(offset = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(t.clock.now());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}
const plan = (date = day(7)) => ({ date, modality: 'microneedling', zones: ['cheeks'], maxDepthMm: 1 });
const reason = 'Reviewed with the patient; benefits outweigh the risk today.';

const post = (browser: Browser, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: browser.headers, payload });
const override = (s: PatientScreening, ruleId: string, browser = prescriber) =>
  post(browser, `/api/patients/${s.patientId}/screenings/${s.id}/overrides`, { ruleId, reason });
const about = (patientId: string) => sql<string[]>`ARRAY[${patientId}]::uuid[]`;
const overrideRows = (screeningId: string) =>
  t.deps.db.selectFrom('screening_override').selectAll().where('evaluation_id', '=', screeningId).execute();

/** A new patient with the clear history plus `changes`, screened for `occasion`. */
async function screened(changes: Partial<IntakeAnswers>, occasion = 'review'): Promise<PatientScreening> {
  const { id } = await clinic.addPatient();
  await post(practitioner, `/api/patients/${id}/medical-history`, {
    answers: { ...clearIntakeAnswers, ...changes },
  });
  const response = await post(practitioner, `/api/patients/${id}/screenings`, {
    occasion,
    plannedTreatment: plan(),
  });
  expect(response.statusCode).toBe(201);
  return response.json<PatientScreening>();
}

describe('overrides', () => {
  it('a prescriber signs a needs-doctor finding with a reason: clear to treat', async () => {
    const screening = await screened({ anticoagulants: true });
    expect(screening).toMatchObject({ status: 'awaiting_override', awaitingOverride: ['C16'] });
    const response = await override(screening, 'C16');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      id: screening.id,
      status: 'clear_to_treat',
      awaitingOverride: [],
      overrides: [
        { ruleId: 'C16', level: 'needs-doctor', reason, signedBy: { displayName: 'Test medical_director' } },
      ],
    });
    const again = await override(screening, 'C16');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'CONFLICT', message: expect.stringMatching(/already/) });
    expect(await overrideRows(screening.id)).toHaveLength(1);
  });

  it('refuses a practitioner who does not prescribe, and records the refusal', async () => {
    const screening = await screened({ anticoagulants: true });
    const response = await override(screening, 'C16', practitioner);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      error: 'FORBIDDEN',
      message: expect.stringMatching(/prescriber/),
    });
    expect(await overrideRows(screening.id)).toEqual([]);
    const denied = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'resource_type', 'details'])
      .where('patient_ids', '@>', about(screening.patientId))
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toEqual([
      {
        action: 'access_denied',
        resource_type: 'screening_override',
        details: expect.objectContaining({ ruleId: 'C16' }),
      },
    ]);
  });

  it('lets a practitioner the clinic flags as prescriber sign', async () => {
    const user = await clinic.addUser('practitioner');
    await t.deps.db.updateTable('app_user').set({ is_prescriber: true }).where('id', '=', user.id).execute();
    const prescribingPractitioner = await signIn(t, user.email);
    const screening = await screened({ keloid_history: true });
    expect((await override(screening, 'C08', prescribingPractitioner)).json().status).toBe('clear_to_treat');
  });

  it('never overrides a block: 409, nothing written, and the patient stays blocked', async () => {
    const screening = await screened({ active_cold_sore: true, anticoagulants: true });
    expect(screening).toMatchObject({ status: 'blocked', awaitingOverride: ['C16'] });
    const response = await override(screening, 'C02');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: 'NOT_OVERRIDABLE',
      message: expect.stringMatching(/cannot be overridden.*must wait/),
    });
    expect(await overrideRows(screening.id)).toEqual([]);
    const other = await override(screening, 'C16');
    expect(other.json()).toMatchObject({ status: 'blocked', awaitingOverride: [] });
  });

  it('a toxin within 14 days (C12) needs an override at booking and on the day, not at a review', async () => {
    const toxin = { botulinum_toxin_last_date: day(-3) };
    const review = await screened(toxin, 'review');
    expect(review).toMatchObject({ status: 'clear_to_treat', awaitingOverride: [] });
    const notNeeded = await override(review, 'C12');
    expect(notNeeded.statusCode).toBe(400);
    expect(notNeeded.json().details).toEqual([
      { path: 'ruleId', message: expect.stringMatching(/needs no override/) },
    ]);
    const booking = await screened(toxin, 'booking');
    expect(booking).toMatchObject({ status: 'awaiting_override', awaitingOverride: ['C12'] });
    expect((await override(booking, 'C12')).json()).toMatchObject({
      status: 'clear_to_treat',
      overrides: [{ ruleId: 'C12', level: 'warn' }],
    });
    const dayOf = await post(practitioner, `/api/patients/${booking.patientId}/screenings/day-of`, {
      attestedBy: 'patient',
      changed: false,
      plannedTreatment: plan(day()),
    });
    expect(dayOf.json()).toMatchObject({ status: 'awaiting_override', awaitingOverride: ['C12'] });
  });

  it('refuses a finding the screening does not have, and a reason that says nothing', async () => {
    const screening = await screened({ anticoagulants: true });
    const missing = await override(screening, 'C21');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details[0].path).toBe('ruleId');
    const url = `/api/patients/${screening.patientId}/screenings/${screening.id}/overrides`;
    const terse = await post(prescriber, url, { ruleId: 'C16', reason: 'ok' });
    expect(terse.json().details[0].path).toBe('reason');
    expect(await overrideRows(screening.id)).toEqual([]);
  });
});

describe('audit', () => {
  it('records every screening, read and override of the patient, with the signed reason', async () => {
    const screening = await screened({ anticoagulants: true });
    const { patientId } = screening;
    await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}/screenings`,
      headers: practitioner.headers,
    });
    await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}/screenings/${screening.id}`,
      headers: practitioner.headers,
    });
    await override(screening, 'C16');
    await post(practitioner, `/api/patients/${patientId}/screenings/day-of`, {
      attestedBy: 'practitioner',
      changed: true,
      changes: { anticoagulants: false },
      plannedTreatment: plan(day()),
    });
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'resource_type', 'resource_id', 'details'])
      .where('patient_ids', '@>', about(patientId))
      .where('resource_type', 'in', ['screening', 'screening_override', 'medical_history'])
      .orderBy('seq')
      .execute();
    expect(events.map((e) => [e.action, e.resource_type])).toEqual([
      ['update', 'medical_history'],
      ['create', 'screening'],
      ['read', 'screening'],
      ['read', 'screening'],
      ['create', 'screening_override'],
      ['update', 'medical_history'],
      ['create', 'screening'],
    ]);
    expect(events[1]).toMatchObject({ resource_id: screening.id, details: { occasion: 'review' } });
    expect(events[4]!.details).toMatchObject({ screeningId: screening.id, ruleId: 'C16', reason });
  });
});
