import type { Photo, PhotoScope, ZoneId } from '@corium/contracts';
import type { PhotoRow } from './photos.repo';

/** Where the caller reads a photo's bytes: staff through the patient's path, a patient through the portal. */
export type PhotoUrlBase = 'staff' | 'portal';

export function photoUrls(row: Pick<PhotoRow, 'id' | 'patient_id'>, base: PhotoUrlBase): Photo['urls'] {
  const prefix =
    base === 'portal' ? `/api/portal/photos/${row.id}` : `/api/patients/${row.patient_id}/photos/${row.id}`;
  return { full: `${prefix}/image`, thumbnail: `${prefix}/thumbnail` };
}

export const toPhoto = (row: PhotoRow, allowedScopes: PhotoScope[], base: PhotoUrlBase): Photo => ({
  id: row.id,
  patientId: row.patient_id,
  sessionId: row.session_id,
  appointmentId: row.appointment_id,
  view: row.view,
  zone: row.zone as ZoneId | null,
  takenAt: row.taken_at.toISOString(),
  width: row.width,
  height: row.height,
  source: row.source,
  allowedScopes,
  urls: photoUrls(row, base),
});

/** A file name that says what the picture is and carries nothing a header could be tricked by. */
export const photoFileName = (row: PhotoRow, variant: 'image' | 'thumbnail'): string =>
  [
    'photo',
    row.taken_at.toISOString().slice(0, 10),
    row.view.replace('_', '-'),
    row.zone?.replace(/_/g, '-'),
    variant === 'thumbnail' ? 'thumbnail' : null,
  ]
    .filter(Boolean)
    .join('-') + '.jpg';
