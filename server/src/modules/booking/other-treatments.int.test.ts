import type { Appointment, OtherTreatment } from '@corium/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { newId } from '../../platform/ids';
import {
  at,
  book,
  booked,
  bookingWorld,
  call,
  dayAfter,
  microneedling,
  patientWith,
  TOMORROW,
  type BookingWorld,
} from './booking-test-kit';

let t: TestApp;
let w: BookingWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

// Each test needles on a day of its own (from tomorrow), so tests never take each other's slots.
let days = 0;
const nextDay = () => dayAfter(TOMORROW, days++);

const record = (patientId: string, body: object, browser = w.practitioner) =>
  call(t, browser, 'POST', `/api/patients/${patientId}/other-treatments`, body);

async function recorded(patientId: string, body: object): Promise<OtherTreatment> {
  const response = await record(patientId, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<OtherTreatment>();
}

const toxin = (date: string, zones = ['cheeks', 'forehead']) => ({
  kind: 'botulinum_toxin',
  date,
  zones,
  product: 'Bocouture 20 U',
  givenElsewhere: true,
});
const override = { reason: 'Reviewed the toxin sites; needling avoids the injected points.' };

describe('recording other treatments', () => {
  it('keeps every record, a correction superseding the old one, for clinicians only', async () => {
    const patientId = await patientWith(t, w);
    const first = await recorded(patientId, toxin('2026-11-20'));
    expect(first).toMatchObject({
      kind: 'botulinum_toxin',
      date: '2026-11-20',
      supersedes: null,
      supersededBy: null,
    });
    const correction = await recorded(patientId, { ...toxin('2026-11-10'), supersedes: first.id });
    const list = await call(t, w.director, 'GET', `/api/patients/${patientId}/other-treatments`);
    expect(list.json<{ otherTreatments: OtherTreatment[] }>().otherTreatments).toEqual([
      { ...first, supersededBy: correction.id },
      correction,
    ]);
    const twice = await record(patientId, { ...toxin('2026-11-11'), supersedes: first.id });
    expect(twice.statusCode).toBe(409);
    expect((await record(patientId, { ...toxin('2026-11-11'), supersedes: newId() })).statusCode).toBe(400);
    expect((await record(patientId, toxin('2026-12-05'))).statusCode).toBe(400);
    expect((await record(patientId, { ...toxin('2026-11-11'), zones: ['elbow'] })).statusCode).toBe(400);
    expect((await record(patientId, toxin('2026-11-11'), w.frontDesk)).statusCode).toBe(403);
    expect(
      (await call(t, w.frontDesk, 'GET', `/api/patients/${patientId}/other-treatments`)).statusCode,
    ).toBe(403);
    await expect(
      sql`UPDATE other_treatment SET given_on = '2026-01-01' WHERE id = ${first.id}`.execute(t.deps.db),
    ).rejects.toThrow(/append-only/);
  });
});

describe('booking around toxin, filler, peel and laser (C12/C13)', () => {
  it('refuses needling within 14 days after toxin in the same region unless a prescriber overrides', async () => {
    const day = nextDay();
    const patientId = await patientWith(t, w);
    const given = await recorded(patientId, toxin('2026-11-25'));
    const body = microneedling(w, { start: at(day, '09:00') });
    const refused = await book(t, w.frontDesk, patientId, body);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({
      error: 'SPACING_TOO_CLOSE',
      details: {
        conflicts: [],
        otherTreatments: [{ otherTreatmentId: given.id, ruleId: 'C12', minimumDays: 14 }],
      },
    });
    const allowed = await booked(t, w.director, patientId, { ...body, spacingOverride: override });
    expect(allowed.spacingOverride).toMatchObject({ reason: override.reason });
  });

  it('does not count toxin in a region the needling does not touch, nor a superseded record', async () => {
    const patientId = await patientWith(t, w);
    await recorded(patientId, toxin('2026-11-28', ['periorbital']));
    const filler = await recorded(patientId, { ...toxin('2026-11-28', ['cheeks']), kind: 'dermal_filler' });
    const body = microneedling(w, { start: at(nextDay(), '09:00') });
    expect((await book(t, w.frontDesk, patientId, body)).json()).toMatchObject({
      error: 'SPACING_TOO_CLOSE',
    });
    await recorded(patientId, {
      ...toxin('2026-10-01', ['cheeks']),
      kind: 'dermal_filler',
      supersedes: filler.id,
    });
    const appointment = await booked(t, w.frontDesk, patientId, body);
    expect(appointment.warnings).toEqual([]);
  });

  it('books with a warning when a peel or laser is within 14 days', async () => {
    const patientId = await patientWith(t, w);
    await recorded(patientId, {
      kind: 'chemical_peel',
      date: '2026-11-24',
      zones: ['cheeks'],
      givenElsewhere: true,
    });
    const appointment = await booked(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(nextDay(), '09:00') }),
    );
    expect(appointment.warnings).toEqual([
      { code: 'peel-laser-14d', message: expect.stringContaining('chemical peel') },
    ]);
    // Kept with the visit, so the treatment room sees it on the day.
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${patientId}/appointments`);
    expect(list.json<{ appointments: Appointment[] }>().appointments[0]!.warnings).toEqual(
      appointment.warnings,
    );
    // A move finds them again: a month on, the peel is no longer near.
    const start = at(dayAfter(appointment.start.slice(0, 10), 30), '09:00');
    const path = `/api/patients/${patientId}/appointments/${appointment.id}/reschedule`;
    const moved = await call(t, w.frontDesk, 'POST', path, { start });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Appointment>().warnings).toEqual([]);
  });

  it('allows toxin on the day of a needling only with an override, telling to needle first', async () => {
    const day = nextDay();
    const patientId = await patientWith(t, w);
    await recorded(patientId, { ...toxin(day), givenElsewhere: false });
    const body = microneedling(w, { start: at(day, '09:00') });
    expect((await book(t, w.frontDesk, patientId, body)).statusCode).toBe(409);
    const appointment = await booked(t, w.director, patientId, { ...body, spacingOverride: override });
    expect(appointment.warnings).toEqual([
      { code: 'C12', message: expect.stringMatching(/^Toxin on the same day: needle first/) },
    ]);
  });

  it('checks the rules again when a visit moves closer to a toxin', async () => {
    const day = nextDay();
    const patientId = await patientWith(t, w);
    await recorded(patientId, { ...toxin(dayAfter(day, 20)), givenElsewhere: false });
    const visit = await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(day, '09:00') }));
    const moved = await call(
      t,
      w.frontDesk,
      'POST',
      `/api/patients/${patientId}/appointments/${visit.id}/reschedule`,
      {
        start: at(dayAfter(day, 16), '09:00'),
      },
    );
    expect(moved.statusCode, moved.body).toBe(409);
    expect(moved.json()).toMatchObject({
      details: { otherTreatments: [{ ruleId: 'C12', days: -4, minimumDays: 7 }] },
    });
  });
});

describe('withdrawing a record entered in error', () => {
  const reason = 'Recorded on the wrong patient';
  const withdraw = (
    patientId: string,
    recordId: string,
    body: object = { reason },
    browser = w.practitioner,
  ) =>
    call(
      t,
      browser,
      'POST',
      `/api/patients/${patientId}/other-treatments/${recordId}/entered-in-error`,
      body,
    );
  const listed = async (patientId: string) =>
    (await call(t, w.director, 'GET', `/api/patients/${patientId}/other-treatments`)).json<{
      otherTreatments: OtherTreatment[];
    }>().otherTreatments;
  const rowsOf = async (patientId: string) =>
    (await t.deps.db.selectFrom('other_treatment').selectAll().where('patient_id', '=', patientId).execute())
      .length;

  it('lets the booking a wrongly recorded toxin refused go through; the record stays, marked', async () => {
    const patientId = await patientWith(t, w);
    const given = await recorded(patientId, toxin('2026-11-25'));
    const body = microneedling(w, { start: at(nextDay(), '09:00') });
    expect((await book(t, w.frontDesk, patientId, body)).json()).toMatchObject({
      error: 'SPACING_TOO_CLOSE',
    });

    const withdrawn = await withdraw(patientId, given.id);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const marked = withdrawn.json<OtherTreatment>();
    expect(marked).toMatchObject({
      id: given.id,
      enteredInError: { reason, by: { id: w.practitionerId }, at: t.clock.now().toISOString() },
    });
    expect(marked.supersededBy).toBe(marked.enteredInError!.id);
    expect(await listed(patientId)).toEqual([marked]);

    const appointment = await booked(t, w.frontDesk, patientId, body);
    expect(appointment.warnings).toEqual([]);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_user_id', 'patient_ids', 'details'])
      .where('resource_type', '=', 'other_treatment')
      .where('resource_id', '=', marked.enteredInError!.id)
      .execute();
    expect(audit).toEqual([
      {
        action: 'create',
        actor_user_id: w.practitionerId,
        patient_ids: [patientId],
        details: { supersedes: given.id, enteredInError: true, reason },
      },
    ]);
  });

  it('withdraws a record once, never a withdrawal, for clinicians and this patient only', async () => {
    const patientId = await patientWith(t, w);
    const otherPatientId = await patientWith(t, w);
    const given = await recorded(patientId, toxin('2026-11-20'));
    const before = await listed(patientId);
    for (const body of [{ reason: ' a ' }, { reason: 'x'.repeat(501) }, {}, { reason, extra: true }])
      expect((await withdraw(patientId, given.id, body)).statusCode).toBe(400);
    expect((await withdraw(patientId, given.id, { reason }, w.frontDesk)).statusCode).toBe(403);
    expect((await withdraw(otherPatientId, given.id)).statusCode).toBe(404);
    expect((await withdraw(patientId, newId())).statusCode).toBe(404);
    expect(await listed(patientId)).toEqual(before);
    expect(await rowsOf(patientId)).toBe(1);

    const retractionId = (await withdraw(patientId, given.id)).json<OtherTreatment>().enteredInError!.id;
    expect((await withdraw(patientId, given.id)).statusCode).toBe(409);
    expect((await withdraw(patientId, retractionId)).statusCode).toBe(409);
    expect((await record(patientId, { ...toxin('2026-11-21'), supersedes: given.id })).statusCode).toBe(409);
    expect((await record(patientId, { ...toxin('2026-11-21'), supersedes: retractionId })).statusCode).toBe(
      409,
    );
    expect(await rowsOf(patientId)).toBe(2);
    await expect(
      sql`INSERT INTO other_treatment (id, clinic_id, patient_id, kind, given_on, zones, given_elsewhere,
            entered_in_error_reason, recorded_by, recorded_at)
          VALUES (${newId()}, ${w.clinic.id}, ${patientId}, 'laser', '2026-11-01', '{cheeks}', true,
            ${reason}, ${w.practitionerId}, now())`.execute(t.deps.db),
    ).rejects.toThrow(/other_treatment_retraction_names_record/);
  });
});
