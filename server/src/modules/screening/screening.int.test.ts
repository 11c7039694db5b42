import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { demoHistory } from '../../demo/demo-history';

let t: TestApp;
let practitioner: Browser;
beforeAll(async () => {
  t = await buildTestApp();
  practitioner = await signIn(t, (await (await createTestClinic(t.deps)).addUser('practitioner')).email);
});
afterAll(() => t.close());

const plan = {
  date: '2026-12-01',
  modality: 'microneedling',
  zones: ['cheeks', 'forehead'],
  maxDepthMm: 1.0,
};
const evaluate = (payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/screening/evaluate', headers: practitioner.headers, payload });
const clear = demoHistory(1, 2, () => '2026-01-01');

describe('POST /api/screening/evaluate', () => {
  it('clears a complete, unremarkable history and gives depth caps for the planned zones', async () => {
    const response = await evaluate({ answers: clear, dateOfBirth: '1990-05-17', plannedTreatment: plan });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ outcome: 'clear', findings: [] });
    expect(body.ruleSetVersion).toMatch(/^corium-default-/);
    expect(Object.keys(body.depthCapsMm).sort()).toEqual(['cheeks', 'forehead']);
  });

  it('blocks pregnancy with a reason, a patient message and references', async () => {
    const response = await evaluate({
      answers: { ...clear, pregnant_or_breastfeeding: true },
      dateOfBirth: '1990-05-17',
      plannedTreatment: plan,
    });
    const finding = response.json().findings.find((f: { ruleId: string }) => f.ruleId === 'C21');
    expect(response.json().outcome).toBe('block');
    expect(finding).toMatchObject({ level: 'block' });
    expect(finding.reason.length).toBeGreaterThan(10);
    expect(finding.patientMessage.length).toBeGreaterThan(10);
    expect(finding.references.length).toBeGreaterThan(0);
  });

  it('is never clear while a question is unanswered', async () => {
    const response = await evaluate({ answers: {}, dateOfBirth: '1990-05-17', plannedTreatment: plan });
    expect(response.json().outcome).toBe('needs-doctor');
    expect(response.json().findings.map((f: { ruleId: string }) => f.ruleId)).toContain('INCOMPLETE');
  });

  it.each([
    ['an unknown question id', { answers: { ...clear, favourite_colour: 'teal' } }, 'answers'],
    ['a wrong type', { answers: { ...clear, anticoagulants: 'yes' } }, 'answers.anticoagulants'],
    ['an impossible date', { dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
    ['a missing treatment', { plannedTreatment: undefined }, 'plannedTreatment'],
    ['an unknown zone', { plannedTreatment: { ...plan, zones: ['elbow'] } }, 'plannedTreatment.zones.0'],
  ])('answers %s with a 400 naming the field', async (_name, change, path) => {
    const response = await evaluate({
      answers: clear,
      dateOfBirth: '1990-05-17',
      plannedTreatment: plan,
      ...change,
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().details.map((d: { path: string }) => d.path);
    expect(paths.some((p: string) => p.startsWith(path))).toBe(true);
  });

  it('names the unknown question id it refuses', async () => {
    const response = await evaluate({
      answers: { ...clear, favourite_colour: 'teal' },
      dateOfBirth: '1990-05-17',
      plannedTreatment: plan,
    });
    expect(JSON.stringify(response.json().details)).toContain('favourite_colour');
  });
});
