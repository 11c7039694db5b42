import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { api, auditOf, drain, privacyWorld, type PrivacyWorld } from './privacy-test-kit';
import { makeJpeg } from '../photos/photo-test-kit';
import { readZip } from './zip-test-kit';

let t: TestApp;
let w: PrivacyWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await privacyWorld(t);
});
afterAll(() => t.close());

interface ExportDto {
  id: string;
  status: string;
  downloadable: boolean;
  downloadUrl: string | null;
  expiresAt: string | null;
}

async function ownCopies(): Promise<ExportDto[]> {
  const overview = await api(t, w, 'patient', 'GET', '/api/portal/privacy');
  expect(overview.statusCode, overview.body).toBe(200);
  return overview.json<{ exports: ExportDto[] }>().exports;
}

describe('a copy of the record', () => {
  it('is asked for in the portal, prepared by the worker, and downloaded by the patient as one ZIP', async () => {
    const jpeg = await makeJpeg();
    const photo = await t.app.inject({
      method: 'POST',
      url: `/api/patients/${w.patientId}/photos?view=front`,
      headers: { authorization: `Bearer ${w.tokens.practitioner}`, 'content-type': 'image/jpeg' },
      payload: jpeg,
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const asked = await api(t, w, 'patient', 'POST', '/api/portal/privacy/exports');
    expect(asked.statusCode, asked.body).toBe(202);
    const { id } = asked.json<ExportDto>();
    expect((await ownCopies()).find((x) => x.id === id)).toMatchObject({
      status: 'preparing',
      downloadable: false,
    });
    // Asking again while it is prepared answers with the same copy.
    expect((await api(t, w, 'patient', 'POST', '/api/portal/privacy/exports')).json<ExportDto>().id).toBe(id);

    await drain(t);
    const ready = (await ownCopies()).find((x) => x.id === id)!;
    expect(ready).toMatchObject({ status: 'ready', downloadable: true });
    const download = await api(t, w, 'patient', 'GET', ready.downloadUrl!);
    expect(download.statusCode, download.body).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="record-.*\.zip"$/);

    const files = readZip(download.rawPayload);
    const consents = [...files.keys()].filter((name) => name.startsWith('consents/'));
    expect([...files.keys()].slice(0, 3)).toEqual(['README.txt', 'summary.pdf', 'record.fhir.json']);
    expect(consents).toHaveLength(1);
    expect(files.get('summary.pdf')!.subarray(0, 5).toString()).toBe('%PDF-');

    const bundle = JSON.parse(files.get('record.fhir.json')!.toString('utf8'));
    const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry[0].resource).toMatchObject({ resourceType: 'Patient', id: w.patientId });
    for (const type of ['Appointment', 'CarePlan', 'Consent', 'QuestionnaireResponse', 'AllergyIntolerance'])
      expect(types).toContain(type);

    const stored = await t.deps.db
      .selectFrom('signed_consent')
      .select('pdf')
      .where('id', '=', w.consentId)
      .executeTakeFirstOrThrow();
    expect(files.get(consents[0]!)!.equals(stored.pdf)).toBe(true);
    const photos = [...files.keys()].filter((name) => name.startsWith('photos/'));
    // This one, and the FHIR world's session photo that was not removed (fhir-clinical-test-kit).
    expect(photos).toHaveLength(2);
    expect(files.get(photos[0]!)!.subarray(0, 2).toString('hex')).toBe('ffd8');
  });

  it('is recorded when asked for, when prepared and at every download', async () => {
    const stages = (await auditOf(t, w.patientId, 'patient_export')).map(
      (e) => (e.details as { stage: string }).stage,
    );
    expect(stages).toEqual(['requested', 'requested', 'prepared', 'downloaded']);
  });

  it('is downloadable only by the person who asked for it', async () => {
    const asked = await api(t, w, 'admin', 'POST', `/api/patients/${w.patientId}/privacy-exports`);
    expect(asked.statusCode, asked.body).toBe(202);
    await drain(t);
    const url = `/api/privacy/exports/${asked.json<ExportDto>().id}/archive`;
    expect((await api(t, w, 'admin', 'GET', url)).statusCode).toBe(200);
    expect((await api(t, w, 'otherAdmin', 'GET', url)).statusCode).toBe(404);
    expect((await api(t, w, 'patient', 'GET', url)).statusCode).toBe(404);
    const listed = await api(t, w, 'otherAdmin', 'GET', '/api/privacy/exports');
    const mine = listed.json<{ exports: ExportDto[] }>().exports.find((x) => url.includes(x.id))!;
    expect(mine).toMatchObject({ status: 'ready', downloadable: false, downloadUrl: null });
  });

  it('expires after seven days: refused at once, and the archive removed by the worker', async () => {
    const copy = (await ownCopies()).find((x) => x.status === 'ready')!;
    const before = t.clock.now();
    t.clock.set(new Date(Date.parse(copy.expiresAt!) + 1000));
    try {
      const refused = await api(t, w, 'patient', 'GET', copy.downloadUrl!);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().message).toMatch(/expired/);
      await drain(t);
      const row = await t.deps.db
        .selectFrom('patient_export')
        .select(['status', 'archive'])
        .where('id', '=', copy.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'expired', archive: null });
    } finally {
      t.clock.set(before);
    }
  });

  it('is not something other staff may ask for', async () => {
    for (const caller of ['medical_director', 'practitioner', 'front_desk'] as const)
      expect(
        (await api(t, w, caller, 'POST', `/api/patients/${w.patientId}/privacy-exports`)).statusCode,
      ).toBe(403);
  });
});
