import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';

let t: TestApp;
let frontDesk: Browser;
let practitioner: Browser;
beforeAll(async () => {
  t = await buildTestApp();
  const clinic = await createTestClinic(t.deps);
  frontDesk = await signIn(t, (await clinic.addUser('front_desk')).email);
  practitioner = await signIn(t, (await clinic.addUser('practitioner')).email);
});
afterAll(() => t.close());

const zoe = {
  givenName: 'Zoë',
  familyName: 'Müller-Fernández',
  dateOfBirth: '1991-07-14',
  sex: 'female',
  email: 'zoe.mf@example.com',
  phone: '+44 7700 900555',
  address: '3 Harley Mews, London',
  emergencyContact: { name: 'Jonas Müller', phone: '+44 7700 900556', relationship: 'brother' },
  concerns: ['acne_scars', 'texture'],
};
const create = (browser: Browser, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/patients', headers: browser.headers, payload });
const search = async (q: string) =>
  (
    await t.app.inject({
      method: 'GET',
      url: `/api/patients?q=${encodeURIComponent(q)}`,
      headers: frontDesk.headers,
    })
  ).json();

describe('patient record', () => {
  let zoeId = '';

  it('registers a patient with contact details, address, emergency contact and concerns', async () => {
    const response = await create(frontDesk, zoe);
    expect(response.statusCode).toBe(201);
    zoeId = response.json().id;
    expect(response.json()).toMatchObject({ ...zoe, preferredLanguage: 'en', clinical: null });
  });

  it('warns about a likely duplicate, and registers it once confirmed', async () => {
    const again = await create(frontDesk, { ...zoe, givenName: 'Zoe', email: null, phone: null });
    expect(again.statusCode).toBe(409);
    expect(again.json().details.possibleDuplicates.map((p: { id: string }) => p.id)).toEqual([zoeId]);
    const confirmed = await create(frontDesk, {
      ...zoe,
      givenName: 'Zoe',
      email: null,
      phone: null,
      confirmNotDuplicate: true,
    });
    expect(confirmed.statusCode).toBe(201);
  });

  it('finds patients despite missing accents, a typo, or by date of birth, e-mail or phone', async () => {
    for (const q of ['zoe muller', 'Zoë Mueller', 'Fernandez', 'zoe.mf@', '900555', '1991-07-14']) {
      const ids = (await search(q)).patients.map((p: { id: string }) => p.id);
      expect(ids, q).toContain(zoeId);
    }
    expect((await search('Kowalczyk')).patients).toEqual([]);
  });

  it('keeps clinical fields to clinical staff', async () => {
    const refused = await t.app.inject({
      method: 'PATCH',
      url: `/api/patients/${zoeId}`,
      headers: frontDesk.headers,
      payload: { fitzpatrickType: 4 },
    });
    expect(refused.statusCode).toBe(403);
    const patch = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/patients/${zoeId}`, headers: frontDesk.headers, payload });
    expect((await patch({ notes: null })).statusCode).toBe(403);
    expect((await patch({})).statusCode).toBe(400);
    const set = await t.app.inject({
      method: 'PATCH',
      url: `/api/patients/${zoeId}`,
      headers: practitioner.headers,
      payload: { fitzpatrickType: 4, notes: 'Prefers afternoon visits' },
    });
    expect(set.json().clinical).toEqual({ fitzpatrickType: 4, notes: 'Prefers afternoon visits' });
    const asFrontDesk = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${zoeId}`,
      headers: frontDesk.headers,
    });
    expect(asFrontDesk.json().clinical).toBeNull();
  });

  it('refuses a birthday in the future and an unknown concern, naming the field, changing nothing', async () => {
    const future = await create(frontDesk, { ...zoe, familyName: 'Future', dateOfBirth: '2999-01-01' });
    expect(future.json().details).toEqual([expect.objectContaining({ path: 'dateOfBirth' })]);
    const concern = await create(frontDesk, {
      ...zoe,
      familyName: 'Other',
      concerns: ['collagen_injection'],
    });
    expect(concern.statusCode).toBe(400);
    expect(concern.json().details[0].path).toBe('concerns.0');
    expect((await search('Future')).patients).toEqual([]);
  });

  it('audits changes with the fields changed, not their values', async () => {
    await t.app.inject({
      method: 'PATCH',
      url: `/api/patients/${zoeId}`,
      headers: frontDesk.headers,
      payload: { phone: '+44 7700 900999' },
    });
    const event = await t.deps.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'update')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      resource_type: 'patient',
      patient_ids: [zoeId],
      details: { fields: ['phone'] },
    });
  });
});
