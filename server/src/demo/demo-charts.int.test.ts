import type { SessionChart, SessionList, TreatmentSummary } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { signIn } from '../../test/factories/sign-in';
import { chartHash } from '../modules/charting/chart-hash';
import { seedDemo } from './seed-demo';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('demo charts', () => {
  it('gives two patients, not the portal patient, a signed chart, made as the room makes one', async () => {
    const logins = await seedDemo(t.deps);
    await seedDemo(t.deps);
    const sessions = await t.deps.db.selectFrom('treatment_session').select(['id', 'patient_id']).execute();
    expect(sessions).toHaveLength(2);
    const priya = await signIn(t, 'priya@demo.corium.clinic', logins.password);
    const get = async <T>(url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: priya.headers })).json<T>();
    for (const { id, patient_id } of sessions) {
      const chart = await get<SessionChart>(`/api/patients/${patient_id}/sessions/${id}`);
      expect(chart).toMatchObject({ status: 'signed', photos: 'unavailable' });
      expect(chart.zones.length).toBeGreaterThan(0);
      expect(chart.cartridges).toHaveLength(1);
      expect(chart.signed!.hash).toBe(chartHash(chart, { at: chart.signed!.at, byId: chart.signed!.by.id }));
      const list = await get<SessionList>(`/api/patients/${patient_id}/sessions`);
      expect(list.sessions.map((s) => s.status)).toEqual(['signed']);
    }
    const nano = await t.deps.db.selectFrom('session_cartridge').select('cartridge_serial').execute();
    expect(nano.map((c) => c.cartridge_serial)).toContain('NANO-25C208-0042');
    const portal = await signIn(t, 'patient@demo.corium.clinic', logins.password);
    const own = await t.app.inject({
      method: 'GET',
      url: '/api/portal/treatment-summaries',
      headers: portal.headers,
    });
    const { summaries } = own.json<{ summaries: TreatmentSummary[] }>();
    // The portal patient's consents are left for the consent journey; they see no one else's chart.
    expect(summaries).toEqual([]);
  });
});
