import { clearIntakeAnswers } from '@corium/contracts';
import type { IntakeAnswers, RuleSetChangeRequest } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const DEFAULT = 'corium-default-2026.11';

/** A clinic of its own with a signed-in medical director and practitioner. */
async function clinic() {
  const c = await createTestClinic(t.deps);
  const director = await signIn(t, (await c.addUser('medical_director')).email);
  const practitioner = await signIn(t, (await c.addUser('practitioner')).email);
  return { id: c.id, director, practitioner, addUser: c.addUser };
}

const save = (as: Browser, payload: RuleSetChangeRequest | object) =>
  t.app.inject({ method: 'POST', url: '/api/screening/rule-set/versions', headers: as.headers, payload });
const get = (as: Browser, url: string) => t.app.inject({ method: 'GET', url, headers: as.headers });

/** Screens the clear history with `changes` for a treatment on 2026-12-01. */
async function screen(as: Browser, changes: Partial<IntakeAnswers>) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/screening/evaluate',
    headers: as.headers,
    payload: {
      answers: { ...clearIntakeAnswers, ...changes },
      dateOfBirth: '1990-05-17',
      plannedTreatment: { date: '2026-12-01', modality: 'microneedling', zones: ['cheeks'], maxDepthMm: 1 },
    },
  });
  expect(response.statusCode).toBe(200);
  return response.json<{ ruleSetVersion: string; findings: { ruleId: string; level: string }[] }>();
}
const levelOf = (result: Awaited<ReturnType<typeof screen>>, ruleId: string) =>
  result.findings.find((f) => f.ruleId === ruleId)?.level ?? 'clear';

// Botulinum toxin 20 days before the treatment: outside the default 14-day window, inside 21.
const toxin20DaysBefore = { botulinum_toxin_last_date: '2026-11-11' };
const longerToxinWait: RuleSetChangeRequest = {
  basedOn: DEFAULT,
  reason: 'Our injectors see swelling for up to three weeks; wait 21 days after toxin.',
  changes: [
    { kind: 'window', ruleId: 'C12', outcome: 0, path: 'days', value: 21 },
    { kind: 'level', ruleId: 'C21', outcome: 0, level: 'needs-doctor' },
  ],
};

const storedVersions = (clinicId: string) =>
  t.deps.db.selectFrom('screening_rule_set').selectAll().where('clinic_id', '=', clinicId).execute();

describe('a clinic’s own screening rules', () => {
  it('a medical director’s window and level change is a new version that screenings then use', async () => {
    const { id, director, practitioner } = await clinic();
    const before = await screen(practitioner, { ...toxin20DaysBefore, pregnant_or_breastfeeding: true });
    expect(before.ruleSetVersion).toBe(DEFAULT);
    expect([levelOf(before, 'C12'), levelOf(before, 'C21')]).toEqual(['clear', 'block']);

    const saved = await save(director, longerToxinWait);
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({
      version: 'clinic-2026.11-r1',
      revision: 1,
      nextVersion: 'clinic-2026.11-r2',
    });

    const after = await screen(practitioner, { ...toxin20DaysBefore, pregnant_or_breastfeeding: true });
    expect(after.ruleSetVersion).toBe('clinic-2026.11-r1');
    expect([levelOf(after, 'C12'), levelOf(after, 'C21')]).toEqual(['warn', 'needs-doctor']);

    const current = (await get(practitioner, '/api/screening/rule-set')).json();
    expect(current.version).toBe('clinic-2026.11-r1');
    const c12 = current.rules.find((r: { id: string }) => r.id === 'C12');
    expect(c12.outcomes[0].windows[0]).toMatchObject({ path: 'days', value: 21, unit: 'days' });
    expect(await storedVersions(id)).toHaveLength(1);
  });

  it('records the new version in the audit log, touching no patient', async () => {
    const { id, director } = await clinic();
    expect((await save(director, longerToxinWait)).statusCode).toBe(201);
    const events = await t.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('clinic_id', '=', id)
      .where('resource_type', '=', 'screening_rule_set')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'create', actor_role: 'medical_director', patient_ids: [] });
    expect(events[0]!.resource_id).toBe((await storedVersions(id))[0]!.id);
  });

  it('leaves other clinics on their own rules', async () => {
    const first = await clinic();
    const second = await clinic();
    expect((await save(first.director, longerToxinWait)).statusCode).toBe(201);
    const result = await screen(second.practitioner, toxin20DaysBefore);
    expect(result.ruleSetVersion).toBe(DEFAULT);
    expect(levelOf(result, 'C12')).toBe('clear');
    expect((await get(second.practitioner, '/api/screening/rule-set/versions')).json().versions).toHaveLength(
      1,
    );
  });
});

describe('saving a version', () => {
  it('refuses a save based on a version that is no longer current (409), storing nothing', async () => {
    const { id, director } = await clinic();
    expect((await save(director, longerToxinWait)).statusCode).toBe(201);
    const stale = await save(director, {
      ...longerToxinWait,
      changes: [{ kind: 'depth_cap', zone: 'neck', mm: 0.75 }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'CONFLICT', details: { current: 'clinic-2026.11-r1' } });
    expect(await storedVersions(id)).toHaveLength(1);
  });

  it('lets only one of two simultaneous saves of the same version through', async () => {
    const { id, director } = await clinic();
    const statuses = await Promise.all([
      save(director, longerToxinWait),
      save(director, { ...longerToxinWait, changes: [{ kind: 'depth_floor', mm: 0.5 }] }),
    ]).then((responses) => responses.map((r) => r.statusCode).sort());
    expect(statuses).toEqual([201, 409]);
    expect(await storedVersions(id)).toHaveLength(1);
  });

  it('is for the medical director alone (403 for everyone else), while all staff read the rules', async () => {
    const { id, practitioner, addUser } = await clinic();
    const others = [practitioner];
    for (const role of ['admin', 'front_desk'] as const)
      others.push(await signIn(t, (await addUser(role)).email));
    for (const browser of others) {
      expect((await save(browser, longerToxinWait)).statusCode).toBe(403);
      expect((await get(browser, '/api/screening/rule-set')).json().version).toBe(DEFAULT);
      expect((await get(browser, '/api/screening/rule-set/versions')).statusCode).toBe(200);
    }
    expect(await storedVersions(id)).toHaveLength(0);
  });

  it.each([
    [
      'an unknown rule',
      { changes: [longerToxinWait.changes[0]!, { kind: 'level', ruleId: 'C99', outcome: 0, level: 'warn' }] },
      'changes.1.ruleId',
    ],
    [
      'a window that is not there',
      { changes: [{ kind: 'window', ruleId: 'C21', outcome: 0, path: 'days', value: 7 }] },
      'changes.0.path',
    ],
    [
      'an age the rule set refuses',
      { changes: [{ kind: 'window', ruleId: 'C28', outcome: 0, path: 'years', value: 200 }] },
      'changes.0.value',
    ],
    ['a reason that says nothing', { reason: 'because' }, 'reason'],
    [
      'a clear incomplete-history level',
      { changes: [{ kind: 'incomplete_level', level: 'clear' }] },
      'changes.0',
    ],
    ['no changes at all', { changes: [] }, 'changes'],
  ])('refuses %s with a 400 naming it, storing nothing', async (_name, edit, path) => {
    const { id, director } = await clinic();
    const response = await save(director, { ...longerToxinWait, ...edit });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('VALIDATION_FAILED');
    const paths: string[] = response.json().details.map((d: { path: string }) => d.path);
    expect(paths.some((p) => p.startsWith(path))).toBe(true);
    expect(await storedVersions(id)).toHaveLength(0);
    expect((await screen(director, toxin20DaysBefore)).ruleSetVersion).toBe(DEFAULT);
  });
});

describe('the version history', () => {
  it('shows who changed what, when and why, newest first, back to the Corium default', async () => {
    const { director, practitioner } = await clinic();
    const firstAt = t.clock.now().toISOString();
    expect((await save(director, longerToxinWait)).statusCode).toBe(201);
    t.clock.advance(60_000);
    const secondAt = t.clock.now().toISOString();
    const second = await save(director, {
      basedOn: 'clinic-2026.11-r1',
      reason: 'Neck skin is thin: cap it at 0.75 mm after two bruising cases.',
      changes: [{ kind: 'depth_cap', zone: 'neck', mm: 0.75 }],
    });
    expect(second.json().version).toBe('clinic-2026.11-r2');

    const { versions } = (await get(practitioner, '/api/screening/rule-set/versions')).json();
    expect(versions.map((v: { version: string }) => v.version)).toEqual([
      'clinic-2026.11-r2',
      'clinic-2026.11-r1',
      DEFAULT,
    ]);
    expect(versions[0]).toMatchObject({
      revision: 2,
      basedOn: 'clinic-2026.11-r1',
      reason: 'Neck skin is thin: cap it at 0.75 mm after two bruising cases.',
      changes: [{ kind: 'depth_cap', zone: 'neck', before: 1, after: 0.75 }],
      changedBy: { displayName: 'Test medical_director' },
      changedAt: secondAt,
    });
    expect(versions[1].changes).toEqual([
      expect.objectContaining({ kind: 'window', ruleId: 'C12', path: 'days', before: 14, after: 21 }),
      expect.objectContaining({ kind: 'level', ruleId: 'C21', before: 'block', after: 'needs-doctor' }),
    ]);
    expect(versions[1]).toMatchObject({ basedOn: DEFAULT, changedAt: firstAt });
    expect(versions[2]).toMatchObject({ revision: 0, basedOn: null, changedBy: null, changes: [] });
  });
});
