import type { Photo } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import type { Browser } from '../../../test/factories/sign-in';
import { call, consentWorld, signInPortal } from '../consent/consent-test-kit';
import { baselinePhotosTaken } from './photo-reads.service';
import * as kit from './photo-test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const upload = async (browser: Browser, url: string) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { ...browser.headers, 'content-type': 'image/jpeg' },
    payload: await kit.makeJpeg(),
  });
const photos = async (browser: Browser, url: string) =>
  (await t.app.inject({ method: 'GET', url, headers: browser.headers })).json<{ photos: Photo[] }>().photos;

describe('photos in the portal', () => {
  it('lets a patient add and see their own photos, never tied to a visit', async () => {
    const w = await consentWorld(t);
    const added = await upload(w.patient, '/api/portal/photos?view=left_45');
    expect(added.statusCode, added.body).toBe(201);
    const photo = added.json<{ photo: Photo }>().photo;
    expect(photo).toMatchObject({ patientId: w.patientId, source: 'patient', view: 'left_45' });
    expect(photo.urls.full).toBe(`/api/portal/photos/${photo.id}/image`);
    const served = await t.app.inject({ method: 'GET', url: photo.urls.full, headers: w.patient.headers });
    expect(served.statusCode).toBe(200);
    expect(served.headers['cache-control']).toBe('no-store');
    expect((await photos(w.patient, '/api/portal/photos')).map((p) => p.id)).toEqual([photo.id]);
    const baseline = await t.app.inject({
      method: 'GET',
      url: '/api/portal/photos/baseline?view=left_45',
      headers: w.patient.headers,
    });
    expect(baseline.json<{ photo: Photo }>().photo.id).toBe(photo.id);
    const withVisit = await upload(w.patient, `/api/portal/photos?view=front&sessionId=${photo.id}`);
    expect(withVisit.statusCode).toBe(400);
  });

  it("never shows a patient another patient's photo", async () => {
    const w = await consentWorld(t);
    const other = await w.clinic.addPatient();
    const theirs = (await upload(w.practitioner, `/api/patients/${other.id}/photos?view=front`)).json<{
      photo: Photo;
    }>().photo;
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/portal/photos/${theirs.id}/image`,
      headers: w.patient.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(await photos(w.patient, '/api/portal/photos')).toEqual([]);
  });
});

describe('consent to use photos', () => {
  it('lists photos for teaching or publicity only while the patient allows that use', async () => {
    const w = await consentWorld(t);
    await upload(w.practitioner, `/api/patients/${w.patientId}/photos?view=front`);
    const forUse = (scope: string) =>
      photos(w.director, `/api/patients/${w.patientId}/photos?scope=${scope}`);
    expect(await forUse('education')).toEqual([]);
    expect(await forUse('marketing')).toEqual([]);
    expect((await photos(w.director, `/api/patients/${w.patientId}/photos`))[0]!.allowedScopes).toEqual([]);

    expect((await signInPortal(t, w.patient, 'photography')).statusCode).toBe(201);
    expect(await forUse('education')).toHaveLength(1);
    expect((await forUse('marketing'))[0]!.allowedScopes).toEqual([
      'clinical_record',
      'education',
      'marketing',
    ]);

    const takenBack = await call(t, w.patient, 'PUT', '/api/portal/photo-scopes', {
      scope: 'marketing',
      granted: false,
    });
    expect(takenBack.statusCode).toBe(200);
    expect(await forUse('marketing')).toEqual([]);
    expect(await forUse('education')).toHaveLength(1);
  });
});

describe('the record of photos', () => {
  it('audits every upload and every read, and answers the start check for the day', async () => {
    const w = await consentWorld(t);
    const photo = (await upload(w.practitioner, `/api/patients/${w.patientId}/photos?view=front`)).json<{
      photo: Photo;
    }>().photo;
    await photos(w.admin, `/api/patients/${w.patientId}/photos?view=front`);
    await t.app.inject({ method: 'GET', url: photo.urls.thumbnail, headers: w.admin.headers });
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'resource_id', 'actor_role', 'patient_ids'])
      .where('clinic_id', '=', w.clinic.id)
      .where('resource_type', '=', 'photo')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => [e.action, e.actor_role, e.resource_id])).toEqual([
      ['create', 'practitioner', photo.id],
      ['read', 'admin', null],
      ['read', 'admin', photo.id],
    ]);
    expect(events.every((e) => e.patient_ids.includes(w.patientId))).toBe(true);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(t.clock.now());
    expect(await baselinePhotosTaken(t.deps.db, w.clinic.id, w.patientId, today)).toBe(true);
    expect(await baselinePhotosTaken(t.deps.db, w.clinic.id, w.patientId, '2020-01-01')).toBe(false);
    const other = await w.clinic.addPatient();
    expect(await baselinePhotosTaken(t.deps.db, w.clinic.id, other.id, today)).toBe(false);
  });
});
