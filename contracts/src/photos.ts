import { z } from 'zod';
import { id } from './common';
import { photoScope } from './consent';
import { zoneId } from './screening';

/**
 * Clinical photographs: a standard set of views taken the same way at every visit, so the same
 * view can be compared across a course (ghost overlay of the baseline while capturing, then
 * side-by-side, slider and overlay). Images travel as raw bytes, never inside JSON: the upload
 * body is the image itself (`Content-Type: image/jpeg|png|webp|heic|heif`), and the DTO carries
 * the authorized URLs that serve the cleaned image and its thumbnail.
 */

const instant = z.iso.datetime({ offset: true });

/**
 * The standard views. Angles are the patient's head turned to their own left or right.
 * `close_up` is always of one treatment zone (`zone` is required for it, refused for the others).
 */
export const photoViews = ['front', 'left_45', 'right_45', 'left_90', 'right_90', 'close_up'] as const;
export const photoView = z.enum(photoViews);
export type PhotoView = z.infer<typeof photoView>;

export const photoViewLabels: Record<PhotoView, string> = {
  front: 'Front',
  left_45: 'Left 45°',
  right_45: 'Right 45°',
  left_90: 'Left profile (90°)',
  right_90: 'Right profile (90°)',
  close_up: 'Close-up',
};

/** Who took the photo: the clinic (tablet in the room) or the patient at home in the portal. */
export const photoSources = ['clinic', 'patient'] as const;
export const photoSource = z.enum(photoSources);
export type PhotoSource = z.infer<typeof photoSource>;

/** The image types the upload accepts, recognised by their content, not by name or header. */
export const photoUploadTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
] as const;

/** Largest upload accepted, in bytes (25 MiB: a 48-megapixel phone JPEG is ~12 MiB). */
export const photoUploadMaxBytes = 25 * 1024 * 1024;

/** Largest image accepted, in pixels (50 megapixels, e.g. 8660 × 5773); larger is refused unread. */
export const photoMaxPixels = 50_000_000;

const viewAndZone = <T extends { view?: PhotoView | undefined; zone?: string | undefined }>(v: T) =>
  v.view === undefined || (v.view === 'close_up') === (v.zone !== undefined);
const viewAndZoneMessage = { path: ['zone'], message: 'A close-up needs its zone; other views take none' };

export const photo = z.object({
  id,
  patientId: id,
  /** The treatment session it was taken at, if any. */
  sessionId: id.nullable(),
  /** The visit it was taken at, if any. */
  appointmentId: id.nullable(),
  view: photoView,
  /** The zone of a close-up; null for the other views. */
  zone: zoneId.nullable(),
  takenAt: instant,
  /** Of the stored image, after EXIF orientation was applied. */
  width: z.int().positive(),
  height: z.int().positive(),
  source: photoSource,
  /**
   * The uses the patient allows today for their photos (consent scopes, which can change at any
   * time). A photo may appear in education or marketing material only while its scope is here.
   */
  allowedScopes: z.array(photoScope),
  /** Authorized URLs (same origin, session cookie) for the cleaned full image and its thumbnail. */
  urls: z.object({ full: z.string(), thumbnail: z.string() }),
});
export type Photo = z.infer<typeof photo>;

/**
 * Query of `POST /api/patients/:patientId/photos` (staff) and `POST /api/portal/photos` (the
 * patient); the body is the image bytes. `takenAt` defaults to the moment of upload and may not
 * be in the future (a file picked as a fallback may have been taken earlier).
 */
export const photoUploadQuery = z
  .strictObject({
    view: photoView,
    zone: zoneId.optional(),
    sessionId: id.optional(),
    appointmentId: id.optional(),
    takenAt: instant.optional(),
  })
  .refine(viewAndZone, viewAndZoneMessage);
export type PhotoUploadQuery = z.infer<typeof photoUploadQuery>;

export const photoUploadResponse = z.object({ photo });
export type PhotoUploadResponse = z.infer<typeof photoUploadResponse>;

/**
 * Query of `GET /api/patients/:patientId/photos` and `GET /api/portal/photos`, newest first.
 * `scope` keeps only photos usable for that use now (education, marketing, clinical_record);
 * anything built for teaching or publicity must ask with it.
 */
export const photoListQuery = z
  .strictObject({
    view: photoView.optional(),
    zone: zoneId.optional(),
    sessionId: id.optional(),
    scope: photoScope.optional(),
  })
  .refine((q) => q.zone === undefined || q.view === undefined || q.view === 'close_up', viewAndZoneMessage);
export type PhotoListQuery = z.infer<typeof photoListQuery>;

export const photoList = z.object({ photos: z.array(photo) });

/**
 * Taking a photo out of the record (the wrong patient, a blurred or mis-framed shot, or the
 * patient's own request): its files are deleted, the row stays as the trace of who removed it,
 * when and why.
 */
export const removePhotoRequest = z.strictObject({
  reason: z.string().trim().min(3, 'Say why the photo is removed').max(500),
});
export type RemovePhotoRequest = z.infer<typeof removePhotoRequest>;
export type PhotoList = z.infer<typeof photoList>;

/**
 * `GET /api/patients/:patientId/photos/baseline?view=…&zone=…` (and `/api/portal/photos/baseline`):
 * the earliest photo of that view (and zone, for a close-up) — the ghost overlay while capturing.
 */
export const photoBaselineQuery = z
  .strictObject({ view: photoView, zone: zoneId.optional() })
  .refine(viewAndZone, viewAndZoneMessage);
export type PhotoBaselineQuery = z.infer<typeof photoBaselineQuery>;

export const photoBaseline = z.object({ photo: photo.nullable() });
export type PhotoBaseline = z.infer<typeof photoBaseline>;
