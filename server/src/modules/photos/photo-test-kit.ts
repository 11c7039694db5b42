import { createDeflate } from 'node:zlib';
import exifr from 'exifr';
import sharp from 'sharp';

/**
 * Images for the upload battery, made at test time (no binary fixtures): real photos of each
 * accepted type, photos carrying a location in every place a phone puts one, the files that
 * must be refused, and decompression bombs.
 */

const LONDON = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '51/1 30/1 0/1',
  GPSLongitudeRef: 'W',
  GPSLongitude: '0/1 7/1 0/1',
};

const canvas = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: '#c08060' } });

export const makeJpeg = (width?: number, height?: number) => canvas(width, height).jpeg().toBuffer();
export const makePng = () => canvas().png().toBuffer();
export const makeWebp = () => canvas().webp().toBuffer();
export const makeAvif = () => canvas().avif().toBuffer();
export const makeGif = () => canvas().gif().toBuffer();
/** 64 × 48 pixels stored sideways, with EXIF orientation 6 ("rotate 90° clockwise to view"). */
export const makeSidewaysJpeg = () => canvas().jpeg().withMetadata({ orientation: 6 }).toBuffer();

export const jpegWithExifGps = () =>
  canvas()
    .jpeg()
    .withExif({ IFD0: { Make: 'Acme', Model: 'Phone 12', BodySerialNumber: 'SN-0042' }, IFD3: LONDON })
    .toBuffer();

export const jpegWithXmpGps = () =>
  canvas()
    .jpeg()
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" ' +
        'exif:GPSLatitude="51,30.0N" exif:GPSLongitude="0,7.0W"/></rdf:RDF></x:xmpmeta>',
    )
    .toBuffer();

/**
 * A JPEG whose EXIF block holds only an embedded thumbnail (IFD1), and that thumbnail holds the
 * location — what a naive "strip the GPS tags" misses. Hand-built: sharp never writes IFD1.
 */
export async function jpegWithGpsInThumbnail(): Promise<Buffer> {
  const thumbnail = await jpegWithExifGps();
  const tiff = Buffer.alloc(68);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  // IFD0: Orientation = 1, then IFD1 at 26.
  tiff.writeUInt16BE(1, 8);
  writeEntry(tiff, 10, 0x0112, 3, 1);
  tiff.writeUInt32BE(26, 22);
  // IFD1: a JPEG thumbnail (compression 6) at offset 68 of the given length.
  tiff.writeUInt16BE(3, 26);
  writeEntry(tiff, 28, 0x0103, 3, 6);
  writeEntry(tiff, 40, 0x0201, 4, 68);
  writeEntry(tiff, 52, 0x0202, 4, thumbnail.length);
  tiff.writeUInt32BE(0, 64);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, thumbnail]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  const plain = await makeJpeg();
  return Buffer.concat([plain.subarray(0, 2), app1, payload, plain.subarray(2)]);
}

function writeEntry(tiff: Buffer, at: number, tag: number, type: 3 | 4, value: number): void {
  tiff.writeUInt16BE(tag, at);
  tiff.writeUInt16BE(type, at + 2);
  tiff.writeUInt32BE(1, at + 4);
  if (type === 3) tiff.writeUInt16BE(value, at + 8);
  else tiff.writeUInt32BE(value, at + 8);
}

/** Every location-bearing tag exifr finds anywhere in the file, its EXIF thumbnail included. */
export async function locationTags(bytes: Buffer): Promise<string[]> {
  const all = (await exifr.parse(bytes, { tiff: true, ifd1: true, gps: true, xmp: true, iptc: true })) as
    Record<string, unknown> | undefined;
  const found = Object.keys(all ?? {}).filter((key) => /gps|latitude|longitude|location/i.test(key));
  const thumbnail = (await exifr.thumbnail(bytes)) as Uint8Array | undefined;
  return thumbnail ? [...found, ...(await locationTags(Buffer.from(thumbnail)))] : found;
}

/** Any metadata block at all: EXIF, XMP, IPTC, ICC, or a comment. */
export const metadataOf = async (bytes: Buffer) => {
  const meta = await sharp(bytes).metadata();
  return [meta.exif, meta.xmp, meta.iptc, meta.icc, meta.comments?.length ? meta.comments : undefined].filter(
    Boolean,
  );
};

export const rejectedFiles: Record<string, () => Promise<Buffer> | Buffer> = {
  svg: () =>
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    ),
  pdf: () => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  html: () => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
  zip: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]),
  gif: makeGif,
  tiff: () => canvas().tiff().toBuffer(),
  text: () => Buffer.from('just some words, not a picture at all'),
};

/** A valid one-colour greyscale PNG of width × height: under 2 MB that decode to width × height bytes. */
export async function pngBomb(width: number, height: number): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; colour type 0 (grey), no interlace
  // Level 1: several times faster to make than level 9, and still ~250:1 (1.7 MB for 20000 × 20000).
  const deflate = createDeflate({ level: 1 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const rows = 100;
  const block = Buffer.alloc((width + 1) * rows); // filter byte 0 + zero pixels, 100 rows at a time
  for (let y = 0; y < height; y += rows)
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  await new Promise((resolve) => deflate.end(resolve));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.concat(parts)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
