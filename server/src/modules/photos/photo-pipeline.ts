import { createHash } from 'node:crypto';
import { photoMaxPixels } from '@corium/contracts';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { AppError } from '../../platform/errors/app-error';
import { sniffImageType, type AcceptedImageType } from './image-type';

/**
 * An upload becomes two clean JPEGs: the full image (EXIF orientation applied, original size)
 * and a thumbnail. Both are re-encoded from pixels, never copied, and written without any
 * metadata (sharp keeps none unless asked; Corium never asks): no GPS, camera serial, EXIF
 * thumbnail, XMP, IPTC or trailing bytes survive. The bytes are checked before any decoding:
 * their type by content, their pixel count from the header, and only the first frame is read.
 */

export interface CleanPhoto {
  image: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
  sha256: string;
}

/** Long edge of a thumbnail in pixels: sharp enough for a 2×-density grid cell of 200 px. */
export const THUMBNAIL_EDGE = 400;
const FULL_QUALITY = 90;
const THUMBNAIL_QUALITY = 80;

const sharpFormat: Record<AcceptedImageType, Metadata['format']> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  heif: 'heif',
};

export async function cleanPhoto(bytes: Buffer): Promise<CleanPhoto> {
  const type = acceptedType(bytes);
  await checkHeader(bytes, type);
  const { data: image, info } = await decodeOnce(bytes)
    .jpeg({ quality: FULL_QUALITY })
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      throw unreadable(type, error);
    });
  // From the clean JPEG, not the upload: JPEG shrink-on-load makes it cheap, and nothing of the
  // upload can reach the thumbnail.
  const thumbnail = await sharp(image)
    .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: THUMBNAIL_QUALITY })
    .toBuffer();
  return {
    image,
    thumbnail,
    width: info.width,
    height: info.height,
    sha256: createHash('sha256').update(image).digest('hex'),
  };
}

function acceptedType(bytes: Buffer): AcceptedImageType {
  const sniffed = sniffImageType(bytes);
  if ('refused' in sniffed)
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Only JPEG, PNG, WebP or HEIC photos can be uploaded; this file is ${sniffed.refused}.`,
    );
  return sniffed.accepted;
}

/**
 * The header alone (no pixels decoded): the format must be the one sniffed, and the image no
 * larger than photoMaxPixels — a one-colour 20000 × 20000 PNG is 400 KB on the wire and 1.2 GB
 * decoded, so it is refused here, before decoding.
 */
async function checkHeader(bytes: Buffer, type: AcceptedImageType): Promise<void> {
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => {
      throw unreadable(type, error);
    });
  if (header.format !== sharpFormat[type] || !header.width || !header.height)
    throw new AppError(
      'IMAGE_UNREADABLE',
      'This file is not a readable photo: its contents do not match its type.',
    );
  if (header.width * header.height > photoMaxPixels)
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `This image is ${header.width} × ${header.height} pixels; photos of up to ${photoMaxPixels / 1e6} megapixels are accepted. Take it again at a lower resolution.`,
      { width: header.width, height: header.height, maxPixels: photoMaxPixels },
    );
}

/**
 * One decode of the first frame only, with the pixel limit enforced again by libvips itself,
 * warnings (a truncated file) treated as errors, orientation applied and transparency flattened
 * onto white (JPEG has none).
 */
const decodeOnce = (bytes: Buffer): Sharp =>
  sharp(bytes, { limitInputPixels: photoMaxPixels, failOn: 'warning', pages: 1, page: 0 })
    .autoOrient()
    .flatten({ background: '#ffffff' });

/** HEIC from a phone is usually HEVC-coded, which this build of libvips may not decode. */
function unreadable(type: AcceptedImageType, error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  if (type === 'heif' && /unsupported|no decoding plugin|codec/i.test(reason))
    return new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'This HEIC photo cannot be converted on this server. Set the camera to "Most Compatible" (JPEG) or share the photo as a JPEG.',
    );
  return new AppError(
    'IMAGE_UNREADABLE',
    'This photo could not be read: the file is damaged or incomplete (perhaps the upload was cut off). Take or choose it again.',
  );
}
