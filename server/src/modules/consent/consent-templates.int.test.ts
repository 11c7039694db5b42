import type { ConsentTemplate, TemplateVersion } from '@corium/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { call, consentWorld, countRows, publish, type ConsentWorld } from './consent-test-kit';
import { defaultTemplates } from './default-templates';

let t: TestApp;
let w: ConsentWorld;
let onboardedClinicId: string;
beforeAll(async () => {
  t = await buildTestApp();
  // First, as a fresh install: the clinic made by onboarding (one per database).
  const onboarding = await t.app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: {
      clinicName: 'Northside Skin Clinic',
      timeZone: 'Europe/Dublin',
      admin: { displayName: 'Aoife Byrne', email: 'aoife@northside.ie', password: 'three words together' },
    },
  });
  onboardedClinicId = onboarding.json().clinic.id;
  w = await consentWorld(t);
});
afterAll(() => t.close());

const templatesOf = async (): Promise<ConsentTemplate[]> =>
  (await call(t, w.practitioner, 'GET', '/api/consent/templates')).json().templates;

describe('default templates', () => {
  it('are given to a clinic as it is onboarded: version 1 of each treatment, published by Corium', async () => {
    const versions = await t.deps.db
      .selectFrom('consent_template_version')
      .selectAll()
      .where('clinic_id', '=', onboardedClinicId)
      .execute();
    expect(versions.map((v) => v.treatment).sort()).toEqual(defaultTemplates.map((d) => d.treatment).sort());
    for (const v of versions)
      expect(v).toMatchObject({ version: 1, material_revision: 1, published_by: null });
  });

  it('are given to an existing clinic when it first looks, once, to any staff', async () => {
    const before = await countRows(t, 'consent_template_version');
    const templates = await templatesOf();
    expect(templates.map((x) => x.treatment)).toEqual([
      'microneedling',
      'rf_microneedling',
      'prp',
      'photography',
    ]);
    expect(templates[0]!.current).toMatchObject({ version: 1, publishedBy: null, materialRevision: 1 });
    expect(templates[0]!.current.body).toContain('{{patient_name}}');
    await templatesOf();
    expect((await call(t, w.frontDesk, 'GET', '/api/consent/templates')).statusCode).toBe(200);
    expect(await countRows(t, 'consent_template_version')).toBe(before + 4);
  });
});

describe('publishing a template version', () => {
  it('keeps the material revision for an edit and bumps it for a material change; old versions stay', async () => {
    const edited = await publish(t, w.director, 'rf_microneedling', false);
    expect(edited.statusCode).toBe(201);
    expect(edited.json()).toMatchObject({ version: 2, materialRevision: 1, changeNote: 'Typo' });
    expect(edited.json().publishedBy.displayName).toBe('Test medical_director');
    const material = await publish(t, w.admin, 'rf_microneedling', true);
    expect(material.json()).toMatchObject({ version: 3, materialRevision: 2 });
    const templateId = material.json().templateId;
    const versions: TemplateVersion[] = (
      await call(t, w.frontDesk, 'GET', `/api/consent/templates/${templateId}/versions`)
    ).json().versions;
    expect(versions.map((v) => [v.version, v.materialRevision])).toEqual([
      [3, 2],
      [2, 1],
      [1, 1],
    ]);
    expect(versions[2]!.body).toBe(defaultTemplates.find((d) => d.treatment === 'rf_microneedling')!.body);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('resource_type', '=', 'consent_template')
      .where('resource_id', '=', material.json().id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'create', details: { version: 3, material: true } });
  });

  it('refuses a version based on a stale one, storing nothing', async () => {
    const template = (await templatesOf()).find((x) => x.treatment === 'prp')!;
    const body = {
      basedOnVersion: template.current.version,
      title: 'Consent to PRP',
      body: 'I, {{patient_name}}, agree.',
      material: false,
      changeNote: 'Shorter',
    };
    const url = `/api/consent/templates/${template.id}/versions`;
    expect((await call(t, w.director, 'POST', url, body)).statusCode).toBe(201);
    const before = await countRows(t, 'consent_template_version');
    const stale = await call(t, w.admin, 'POST', url, { ...body, changeNote: 'Meanwhile' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: 'CONFLICT',
      details: { currentVersion: template.current.version + 1 },
    });
    expect(stale.json().message).toMatch(/published while you were editing/);
    expect(await countRows(t, 'consent_template_version')).toBe(before);
  });

  it('refuses unknown placeholders, other roles and other clinics’ templates', async () => {
    const template = (await templatesOf()).find((x) => x.treatment === 'photography')!;
    const url = `/api/consent/templates/${template.id}/versions`;
    const body = {
      basedOnVersion: 1,
      title: 'Photos',
      body: 'Dear {{first_name}}',
      material: false,
      changeNote: 'x',
    };
    const unknown = await call(t, w.director, 'POST', url, body);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details[0]).toMatchObject({ path: 'body' });
    const valid = { ...body, body: 'Dear {{patient_name}}' };
    expect((await call(t, w.practitioner, 'POST', url, valid)).statusCode).toBe(403);
    expect((await call(t, w.frontDesk, 'POST', url, valid)).statusCode).toBe(403);
    const theirs = await t.deps.db
      .selectFrom('consent_template')
      .select('id')
      .where('clinic_id', '=', onboardedClinicId)
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(
      (await call(t, w.director, 'POST', `/api/consent/templates/${theirs.id}/versions`, valid)).statusCode,
    ).toBe(404);
    expect(
      (await call(t, w.director, 'GET', `/api/consent/templates/${theirs.id}/versions`)).statusCode,
    ).toBe(404);
  });
});

describe('template versions in the database', () => {
  it('cannot be changed, deleted or truncated, even by a direct query', async () => {
    const [version] = await t.deps.db
      .selectFrom('consent_template_version')
      .select('id')
      .where('clinic_id', '=', w.clinic.id)
      .execute();
    await expect(
      sql`UPDATE consent_template_version SET body = 'changed' WHERE id = ${version!.id}`.execute(t.deps.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`DELETE FROM consent_template_version WHERE id = ${version!.id}`.execute(t.deps.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE consent_template_version CASCADE`.execute(t.deps.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(
      sql`DELETE FROM consent_template WHERE clinic_id = ${w.clinic.id}`.execute(t.deps.db),
    ).rejects.toThrow(/append-only/);
  });
});
