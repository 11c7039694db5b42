/**
 * What an uploaded file really is, from its first bytes — never from its name or the
 * Content-Type the browser sent, both of which the sender controls. Only the four photo types
 * are ever handed to the image decoder; everything else is named so the refusal can say what
 * the file was ("This file is a PDF document").
 */

export type AcceptedImageType = 'jpeg' | 'png' | 'webp' | 'heif';

export type Sniffed = { accepted: AcceptedImageType } | { refused: string };

/**
 * HEIF brands of still images (HEVC- or AV1-coded). A file that is also a sequence is accepted
 * for its still image: only one frame is ever decoded.
 */
const heifBrands = new Set(['heic', 'heix', 'heim', 'heis', 'mif1', 'avif']);

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to));

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  signature.every((byte, i) => bytes[i] === byte);

/** Known kinds we refuse, for the message: [signature test, what to call it]. */
const refusedKinds: [(b: Uint8Array) => boolean, string][] = [
  [(b) => ascii(b, 0, 4) === 'GIF8', 'a GIF image'],
  [(b) => ascii(b, 0, 5) === '%PDF-', 'a PDF document'],
  [
    (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]),
    'a ZIP archive (or an Office document)',
  ],
  [(b) => startsWith(b, [0x1f, 0x8b]), 'a gzip archive'],
  [(b) => ascii(b, 0, 6) === '7z\xbc\xaf\x27\x1c', 'a 7-Zip archive'],
  [(b) => ascii(b, 0, 4) === 'Rar!', 'a RAR archive'],
  [(b) => ascii(b, 257, 262) === 'ustar', 'a tar archive'],
  [(b) => ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*', 'a TIFF image'],
  [(b) => ascii(b, 0, 2) === 'BM', 'a BMP image'],
  [(b) => isRiff(b) && ascii(b, 8, 12) !== 'WEBP', 'a RIFF file that is not WebP (audio or video)'],
  [(b) => ascii(b, 4, 8) === 'ftyp', 'a video or an image sequence'],
  [isMarkup, 'text or markup (SVG, HTML or XML)'],
];

const isRiff = (b: Uint8Array): boolean => ascii(b, 0, 4) === 'RIFF';

/** Text that opens with `<` after any BOM and white space: SVG, HTML, XML — all can carry script. */
function isMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 1024 && [0x09, 0x0a, 0x0d, 0x20].includes(bytes[i]!)) i += 1;
  return bytes[i] === 0x3c;
}

/** An ISO-BMFF file whose major or a compatible brand is a HEIF still image. */
function heifBrand(bytes: Uint8Array): boolean {
  if (ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length, 256); at += 4)
    brands.push(ascii(bytes, at, at + 4));
  return brands.some((brand) => heifBrands.has(brand));
}

export function sniffImageType(bytes: Uint8Array): Sniffed {
  if (bytes.length < 12) return { refused: 'an empty or almost empty file' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { accepted: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { accepted: 'png' };
  if (isRiff(bytes) && ascii(bytes, 8, 12) === 'WEBP') return { accepted: 'webp' };
  if (heifBrand(bytes)) return { accepted: 'heif' };
  const known = refusedKinds.find(([test]) => test(bytes));
  return { refused: known ? known[1] : 'a file of a type Corium does not accept' };
}
