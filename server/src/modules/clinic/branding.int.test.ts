import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';

let t: TestApp;
let admin: Browser;
beforeAll(async () => {
  t = await buildTestApp();
  const clinic = await createTestClinic(t.deps, 'Harbour Skin Clinic');
  admin = await signIn(t, (await clinic.addUser('admin')).email);
});
afterAll(() => t.close());

const setColour = (brandColour: string) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/clinic/branding',
    headers: admin.headers,
    payload: { brandColour },
  });
const getColour = async () =>
  (await t.app.inject({ method: 'GET', url: '/api/clinic/branding', headers: admin.headers })).json();
const learnPage = async () =>
  (await t.app.inject({ method: 'GET', url: '/learn', headers: { accept: 'text/html' } })).body;

describe('PUT /api/clinic/branding', () => {
  it('uses Corium’s teal until the clinic chooses a colour', async () => {
    expect(await learnPage()).toContain(':root{--brand:#156b5e}');
    expect(await getColour()).toEqual({ brandColour: null });
  });

  it('styles the public pages in the colour an admin chooses, and audits the change', async () => {
    const response = await setColour('#5B2A86');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ brandColour: '#5b2a86' });
    expect(await learnPage()).toContain(':root{--brand:#5b2a86}');
    expect(await getColour()).toEqual({ brandColour: '#5b2a86' });
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'resource_type'])
      .where('resource_type', '=', 'clinic_branding')
      .execute();
    expect(audit).toEqual([{ action: 'update', resource_type: 'clinic_branding' }]);
  });

  it('refuses a colour white text cannot be read on, or one that is not #rrggbb', async () => {
    for (const colour of ['#ffeb3b', 'purple', '#12345']) {
      const response = await setColour(colour);
      expect(response.statusCode, colour).toBe(400);
      expect(response.json()).toMatchObject({ error: 'VALIDATION_FAILED' });
    }
    expect(await learnPage()).toContain(':root{--brand:#5b2a86}');
  });
});
