import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { signIn } from '../../test/factories/sign-in';
import { DEMO_PATIENT_COUNT } from './demo-patients';
import { seedDemo } from './seed-demo';
import type { Appointment, BookingResources, BookingService, IntakeAnswers } from '@corium/contracts';
import { evaluate } from '../modules/screening/engine';
import { defaultRuleSet } from '../modules/screening/rule-sets/default-rule-set';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(() => t.close());

const count = async (
  table:
    | 'patient'
    | 'medical_history'
    | 'room'
    | 'device'
    | 'stock_lot'
    | 'opening_hours'
    | 'app_user'
    | 'appointment'
    | 'consumable_product'
    | 'recall'
    | 'device_maintenance',
) =>
  Number(
    (
      await t.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('demo clinic', () => {
  it('seeds a clinic with resources, fifty patients with history, and working logins', async () => {
    const logins = await seedDemo(t.deps);
    expect(await count('patient')).toBe(DEMO_PATIENT_COUNT);
    expect(await count('medical_history')).toBe(DEMO_PATIENT_COUNT + DEMO_PATIENT_COUNT / 5);
    expect(await count('room')).toBe(3);
    expect(await count('device')).toBe(4);
    // Four cartridge lots (one of them recalled) and one lot of each of four other products.
    expect(await count('stock_lot')).toBe(8);
    expect(await count('consumable_product')).toBe(7);
    expect(await count('recall')).toBe(1);
    expect(await count('device_maintenance')).toBe(6);
    expect(await count('opening_hours')).toBe(6);
    expect(logins.accounts.map((a) => a.role)).toEqual([
      'admin',
      'medical_director',
      'practitioner',
      'practitioner',
      'front_desk',
      'patient',
    ]);
    for (const account of logins.accounts) {
      const browser = await signIn(t, account.email, logins.password);
      expect(browser.state).toMatchObject({ state: 'signed_in', current: { user: { role: account.role } } });
    }
  });

  it('keys every history by the canonical intake question ids', async () => {
    await seedDemo(t.deps);
    const histories = await t.deps.db.selectFrom('medical_history').select('answers').execute();
    for (const { answers } of histories) {
      expect(answers).toHaveProperty('pregnant_or_breastfeeding');
      expect(answers).toHaveProperty('isotretinoin_last_dose');
      expect(answers).toHaveProperty('fitzpatrick_type');
    }
    const flagged = histories.filter(
      ({ answers }) => (answers as Record<string, unknown>).anticoagulants === true,
    );
    expect(flagged.length).toBeGreaterThan(0);
  });

  it('has patients at every screening level', async () => {
    await seedDemo(t.deps);
    const rows = await t.deps.db
      .selectFrom('medical_history as h')
      .innerJoin('patient as p', 'p.id', 'h.patient_id')
      .select(['h.answers', 'p.date_of_birth'])
      .execute();
    const plan = {
      date: '2026-12-01',
      modality: 'microneedling' as const,
      zones: ['cheeks' as const, 'perioral' as const],
      maxDepthMm: 1,
    };
    const outcomes = new Set(
      rows.map(
        (r) =>
          evaluate(defaultRuleSet, r.answers as IntakeAnswers, { dateOfBirth: r.date_of_birth }, plan)
            .outcome,
      ),
    );
    expect([...outcomes].sort()).toEqual(['block', 'clear', 'needs-doctor', 'warn']);
  });

  it('is seeded once: a second start reuses it', async () => {
    await seedDemo(t.deps);
    await seedDemo(t.deps);
    expect(await count('patient')).toBe(DEMO_PATIENT_COUNT);
    // Four visits ahead, and two past ones with signed charts (demo-charts.ts).
    expect(await count('appointment')).toBe(6);
  });

  it('can book: services, clinicians with hours, and a few visits in the days ahead', async () => {
    const logins = await seedDemo(t.deps);
    const frontDesk = await signIn(t, 'frontdesk@demo.corium.clinic', logins.password);
    const get = async (url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: frontDesk.headers })).json();
    const { services } = (await get('/api/booking/services')) as { services: BookingService[] };
    expect(services.map((s) => s.code).sort()).toEqual([
      'consultation',
      'microneedling_face',
      'review',
      'rf_microneedling_face',
    ]);
    const resources = (await get('/api/booking/resources')) as BookingResources;
    expect(resources.practitioners.map((p) => [p.displayName, p.workingHours.length > 0])).toEqual([
      ['Dr Helena Varga', true],
      ['Nurse Priya Shah', true],
      ['Sam Okoye', true],
    ]);
    const now = t.clock.now();
    const from = now.toISOString();
    const to = new Date(now.getTime() + 30 * 86_400_000).toISOString();
    const { appointments } = (await get(`/api/appointments?from=${from}&to=${to}`)) as {
      appointments: Appointment[];
    };
    expect(appointments.map((a) => a.service.code)).toEqual([
      'microneedling_face',
      'microneedling_face',
      'consultation',
      'review',
    ]);
    expect(appointments[0]!.series).toMatchObject({ sessionNumber: 1 });
    expect(appointments[0]!.screeningId).not.toBeNull();
  });

  it("refuses to mix with a real clinic's data", async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        clinicName: 'Real Clinic',
        timeZone: 'Europe/Rome',
        admin: { displayName: 'R', email: 'r@real.it', password: 'a real passphrase' },
      },
    });
    await expect(seedDemo(t.deps)).rejects.toThrow(/already holds "Real Clinic"/);
    expect(await count('patient')).toBe(0);
  });
});
