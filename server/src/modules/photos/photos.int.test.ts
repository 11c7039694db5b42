import type { Photo } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import type { Browser } from '../../../test/factories/sign-in';
import { consentWorld, type ConsentWorld } from '../consent/consent-test-kit';
import { photoBlobs } from './photo-blobs';
import * as kit from './photo-test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const upload = (browser: Browser, url: string, bytes: Buffer, type = 'image/jpeg') =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { ...browser.headers, 'content-type': type },
    payload: bytes,
  });
const get = (browser: Browser, url: string) => t.app.inject({ method: 'GET', url, headers: browser.headers });
const staffUrl = (w: ConsentWorld, query = 'view=front') => `/api/patients/${w.patientId}/photos?${query}`;

async function uploaded(w: ConsentWorld, bytes: Buffer, query = 'view=front'): Promise<Photo> {
  const response = await upload(w.practitioner, staffUrl(w, query), bytes);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ photo: Photo }>().photo;
}

const photoRows = (w: ConsentWorld) =>
  t.deps.db.selectFrom('photo').selectAll().where('clinic_id', '=', w.clinic.id).execute();

describe('photos taken in the clinic', () => {
  it('stores and serves only clean images, with headers that keep them private', async () => {
    const w = await consentWorld(t);
    for (const make of [kit.jpegWithExifGps, kit.jpegWithGpsInThumbnail, kit.jpegWithXmpGps]) {
      const photo = await uploaded(w, await make());
      expect(photo).toMatchObject({ patientId: w.patientId, view: 'front', zone: null, source: 'clinic' });
      for (const url of [photo.urls.full, photo.urls.thumbnail]) {
        const served = await get(w.director, url);
        expect(served.statusCode).toBe(200);
        expect(served.headers).toMatchObject({
          'content-type': 'image/jpeg',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        expect(served.headers['content-disposition']).toMatch(
          /^inline; filename="photo-\d{4}-\d\d-\d\d-front(-thumbnail)?\.jpg"$/,
        );
        expect(await kit.locationTags(served.rawPayload)).toEqual([]);
      }
    }
    const blobs = photoBlobs(t.deps.config);
    for (const row of await photoRows(w))
      for (const key of [row.image_key, row.thumbnail_key]) {
        const stored = (await blobs.read(key))!;
        expect(await kit.locationTags(stored)).toEqual([]);
        expect(await kit.metadataOf(stored)).toEqual([]);
      }
  });

  it(
    'refuses every other type, bombs and broken files with a clear 4xx, writing nothing',
    { timeout: 60_000 },
    async () => {
      const w = await consentWorld(t);
      const refusals: [Buffer, number, string][] = [
        ...(await Promise.all(
          Object.values(kit.rejectedFiles).map(
            async (make) => [await make(), 415, 'UNSUPPORTED_MEDIA_TYPE'] as [Buffer, number, string],
          ),
        )),
        [await kit.pngBomb(20_000, 20_000), 413, 'PAYLOAD_TOO_LARGE'],
        [(await kit.makeJpeg(600, 400)).subarray(0, 900), 422, 'IMAGE_UNREADABLE'],
        [Buffer.alloc(0), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ];
      for (const [bytes, status, code] of refusals) {
        const response = await upload(w.practitioner, staffUrl(w), bytes);
        expect(response.statusCode, response.body).toBe(status);
        expect(response.json()).toMatchObject({ error: code, message: expect.stringMatching(/\w+ \w+/) });
      }
      const svgAsOctets = await upload(
        w.practitioner,
        staffUrl(w),
        Buffer.from('<svg/>'),
        'application/octet-stream',
      );
      expect(svgAsOctets.statusCode).toBe(415);
      expect(await photoRows(w)).toEqual([]);
    },
  );

  it('serves a JPEG polyglot re-encoded, without what was appended', async () => {
    const w = await consentWorld(t);
    const tail = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const photo = await uploaded(w, Buffer.concat([await kit.makeJpeg(), tail]));
    const served = (await get(w.practitioner, photo.urls.full)).rawPayload;
    expect(served.includes('<script>')).toBe(false);
    expect(served.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('applies orientation and keeps close-ups by zone', async () => {
    const w = await consentWorld(t);
    const sideways = await uploaded(w, await kit.makeSidewaysJpeg());
    expect([sideways.width, sideways.height]).toEqual([48, 64]);
    const closeUp = await uploaded(w, await kit.makePng(), 'view=close_up&zone=cheeks');
    expect(closeUp).toMatchObject({ view: 'close_up', zone: 'cheeks' });
    const noZone = await upload(w.practitioner, staffUrl(w, 'view=close_up'), await kit.makeJpeg());
    expect(noZone.statusCode).toBe(400);
    const future = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    const ahead = await upload(
      w.practitioner,
      staffUrl(w, `view=front&takenAt=${future}`),
      await kit.makeJpeg(),
    );
    expect(ahead.statusCode).toBe(400);
  });

  it('finds the baseline of a view: the earliest photo of it', async () => {
    const w = await consentWorld(t);
    const base = `/api/patients/${w.patientId}/photos/baseline`;
    expect((await get(w.practitioner, `${base}?view=front`)).json()).toEqual({ photo: null });
    const monthAgo = new Date(t.clock.now().getTime() - 28 * 86_400_000).toISOString();
    await uploaded(w, await kit.makeJpeg());
    const first = await uploaded(w, await kit.makeJpeg(), `view=front&takenAt=${monthAgo}`);
    const cheeks = await uploaded(w, await kit.makeJpeg(), 'view=close_up&zone=cheeks');
    expect((await get(w.practitioner, `${base}?view=front`)).json<{ photo: Photo }>().photo.id).toBe(
      first.id,
    );
    expect((await get(w.admin, `${base}?view=close_up&zone=cheeks`)).json<{ photo: Photo }>().photo.id).toBe(
      cheeks.id,
    );
    expect((await get(w.practitioner, `${base}?view=close_up`)).statusCode).toBe(400);
    const fronts = (await get(w.practitioner, `/api/patients/${w.patientId}/photos?view=front`)).json<{
      photos: Photo[];
    }>();
    expect(fronts.photos.map((p) => p.id)[1]).toBe(first.id);
  });

  it('lets clinical staff take photos, admins read them, and the front desk neither', async () => {
    const w = await consentWorld(t);
    const photo = await uploaded(w, await kit.makeJpeg());
    expect((await upload(w.admin, staffUrl(w), await kit.makeJpeg())).statusCode).toBe(403);
    expect((await upload(w.frontDesk, staffUrl(w), await kit.makeJpeg())).statusCode).toBe(403);
    expect((await get(w.admin, photo.urls.full)).statusCode).toBe(200);
    expect((await get(w.frontDesk, photo.urls.thumbnail)).statusCode).toBe(403);
    expect((await get(w.frontDesk, `/api/patients/${w.patientId}/photos`)).statusCode).toBe(403);
  });
});

describe('taking a photo out of the record', () => {
  const remove = (browser: Browser, w: ConsentWorld, photoId: string, reason: unknown) =>
    t.app.inject({
      method: 'POST',
      url: `/api/patients/${w.patientId}/photos/${photoId}/remove`,
      headers: browser.headers,
      payload: { reason },
    });

  it('keeps the row as the trace, deletes the files, and stops serving it — once', async () => {
    const w = await consentWorld(t);
    const photo = await uploaded(w, await kit.jpegWithExifGps());
    const [before] = await photoRows(w);

    expect((await remove(w.practitioner, w, photo.id, ' ')).statusCode).toBe(400);
    expect((await photoRows(w))[0]!.removed_at).toBeNull();

    const removed = await remove(w.practitioner, w, photo.id, 'Taken of the wrong patient');
    expect(removed.statusCode, removed.body).toBe(204);
    const [after] = await photoRows(w);
    expect(after).toMatchObject({ removed_reason: 'Taken of the wrong patient', sha256: before!.sha256 });
    expect(after!.removed_at).not.toBeNull();
    const blobs = photoBlobs(t.deps.config);
    expect(await blobs.read(before!.image_key)).toBeNull();
    expect(await blobs.read(before!.thumbnail_key)).toBeNull();
    expect((await get(w.director, photo.urls.full)).statusCode).toBe(404);
    const list = await get(w.director, staffUrl(w));
    expect(list.json<{ photos: Photo[] }>().photos).toEqual([]);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('resource_id', '=', photo.id)
      .where('action', '=', 'delete')
      .execute();
    expect(audit).toHaveLength(1);

    expect((await remove(w.practitioner, w, photo.id, 'Again')).statusCode).toBe(404);
  });
});
