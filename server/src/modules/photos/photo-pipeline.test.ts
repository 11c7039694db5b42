import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { sniffImageType } from './image-type';
import { cleanPhoto, THUMBNAIL_EDGE } from './photo-pipeline';
import * as kit from './photo-test-kit';

const refusal = async (bytes: Buffer) => {
  const error = await cleanPhoto(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('the photo pipeline', () => {
  it.each([
    ['JPEG', kit.makeJpeg],
    ['PNG', kit.makePng],
    ['WebP', kit.makeWebp],
    ['HEIF (AVIF-coded)', kit.makeAvif],
  ])('turns a %s into a clean JPEG and a thumbnail', async (_name, make) => {
    const clean = await cleanPhoto(await make());
    expect((await sharp(clean.image).metadata()).format).toBe('jpeg');
    expect([clean.width, clean.height]).toEqual([64, 48]);
    expect(await kit.metadataOf(clean.image)).toEqual([]);
    expect(await kit.metadataOf(clean.thumbnail)).toEqual([]);
  });

  it('applies the EXIF orientation before stripping it', async () => {
    const clean = await cleanPhoto(await kit.makeSidewaysJpeg());
    expect([clean.width, clean.height]).toEqual([48, 64]);
    expect((await sharp(clean.image).metadata()).orientation).toBeUndefined();
  });

  it('makes thumbnails no larger than their edge', async () => {
    const clean = await cleanPhoto(await kit.makeJpeg(1200, 900));
    const thumbnail = await sharp(clean.thumbnail).metadata();
    expect([thumbnail.width, thumbnail.height]).toEqual([THUMBNAIL_EDGE, 300]);
  });

  it.each([
    ['EXIF', kit.jpegWithExifGps],
    ['the embedded EXIF thumbnail', kit.jpegWithGpsInThumbnail],
    ['XMP', kit.jpegWithXmpGps],
  ])('leaves no location from %s in what it stores', async (_where, make) => {
    const upload = await make();
    expect((await kit.locationTags(upload)).length).toBeGreaterThan(0);
    const clean = await cleanPhoto(upload);
    for (const stored of [clean.image, clean.thumbnail]) {
      expect(await kit.locationTags(stored)).toEqual([]);
      expect(await exifr.parse(stored, true)).toBeUndefined();
      expect(stored.includes('Exif\0\0')).toBe(false);
      expect(stored.includes('http://ns.adobe.com/xap/1.0/')).toBe(false);
    }
  });

  it.each(Object.entries(kit.rejectedFiles))('refuses a %s file by its content', async (_kind, make) => {
    const error = await refusal(await make());
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toMatch(/^Only JPEG, PNG, WebP or HEIC photos can be uploaded; this file is /);
  });

  it.each([
    ['HTML', Buffer.from('<html><body><script>alert(1)</script></body></html>')],
    ['ZIP', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 7)])],
  ])('re-encodes a JPEG with %s appended, without the tail', async (_kind, tail) => {
    const clean = await cleanPhoto(Buffer.concat([await kit.makeJpeg(), tail]));
    expect(clean.image.includes(tail.subarray(0, 6))).toBe(false);
    expect(clean.image.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it.each([
    [10_000, 10_000],
    [20_000, 20_000],
  ])(
    'refuses a one-colour %i × %i PNG from its header, before decoding',
    { timeout: 60_000 },
    async (width, height) => {
      const bomb = await kit.pngBomb(width, height);
      expect(bomb.length).toBeLessThan(2_000_000);
      const error = await refusal(bomb);
      expect(error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(error.message).toContain(`${width} × ${height} pixels`);
    },
  );

  it('refuses a truncated JPEG as unreadable', async () => {
    const jpeg = await kit.makeJpeg(600, 400);
    const error = await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(error.code).toBe('IMAGE_UNREADABLE');
  });

  it('refuses a file that starts like a JPEG but is not one', async () => {
    const error = await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1)]));
    expect(error.code).toBe('IMAGE_UNREADABLE');
  });

  it('names a HEIF container it cannot decode as unsupported, not as a crash', async () => {
    const fakeHeic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic'),
      Buffer.alloc(64),
    ]);
    expect(sniffImageType(fakeHeic)).toEqual({ accepted: 'heif' });
    expect(['UNSUPPORTED_MEDIA_TYPE', 'IMAGE_UNREADABLE']).toContain((await refusal(fakeHeic)).code);
  });
});
