import sharp from 'sharp';

/**
 * The photo baseline: sharp's bare resize of the same file — the two outputs Corium keeps (the
 * image re-encoded at full size, and a 400 px thumbnail), each straight from the upload with
 * sharp's defaults: no type check, no header check, no orientation, nothing written to disk.
 */
export async function bareSharp(upload: Buffer): Promise<number> {
  const full = await sharp(upload).jpeg({ quality: 90 }).toBuffer();
  const thumbnail = await sharp(upload).resize(400, 400, { fit: 'inside' }).jpeg({ quality: 80 }).toBuffer();
  return full.length + thumbnail.length;
}
