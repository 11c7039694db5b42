import { uploadPhoto } from '../src/modules/photos/photo-upload.service';
import { makeJpeg } from '../src/modules/photos/photo-test-kit';
import type { MatrixFixtures } from './authorization-fixtures';
import type { MatrixRow } from './authorization-matrix';

/**
 * Photos in the authorization matrix. Clinical staff take and read photos, admins read them,
 * the front desk neither; a patient reaches only their own through the portal. For `:photoId`,
 * a real photo of the patient the call is about (of clinic b's patient for the other clinic).
 */

const takers = { medical_director: ['own', 'other'], practitioner: ['own', 'other'] } as const;
const readers = { admin: ['own', 'other'], ...takers } as const;
const patientOnly = { patient: true } as const;

export const photoMatrixRows: MatrixRow[] = [
  { route: 'POST /api/patients/:patientId/photos', allow: { ...takers } },
  { route: 'GET /api/patients/:patientId/photos', allow: { ...readers } },
  { route: 'GET /api/patients/:patientId/photos/baseline', allow: { ...readers } },
  { route: 'GET /api/patients/:patientId/photos/:photoId/image', allow: { ...readers } },
  { route: 'GET /api/patients/:patientId/photos/:photoId/thumbnail', allow: { ...readers } },
  { route: 'POST /api/patients/:patientId/photos/:photoId/remove', allow: { ...takers } },
  { route: 'POST /api/portal/photos', allow: patientOnly },
  { route: 'GET /api/portal/photos', allow: patientOnly },
  { route: 'GET /api/portal/photos/baseline', allow: patientOnly },
  { route: 'GET /api/portal/photos/:photoId/image', allow: patientOnly },
  { route: 'GET /api/portal/photos/:photoId/thumbnail', allow: patientOnly },
];

const uploads = new Set(['POST /api/patients/:patientId/photos', 'POST /api/portal/photos']);

/** Upload bodies are the image itself. */
export const photoBodies = (): Record<string, () => Promise<Buffer>> =>
  Object.fromEntries([...uploads].map((route) => [route, () => makeJpeg()]));

export const photoHeaders = (route: string): Record<string, string> =>
  uploads.has(route) ? { 'content-type': 'image/jpeg' } : {};

/** A photo of the patient, uploaded as a practitioner of the patient's own clinic. */
async function freshPhoto(f: MatrixFixtures, patientId: string): Promise<string> {
  const { clinic_id: clinicId } = await f.t.deps.db
    .selectFrom('patient')
    .select('clinic_id')
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  const userId = clinicId === f.clinicA.id ? f.ids.user : f.ids.otherClinicUser;
  const principal = {
    userId,
    clinicId,
    role: 'practitioner' as const,
    email: 'matrix@test.corium',
    displayName: 'Matrix',
    isPrescriber: false,
    tokenId: null,
  };
  const meta = { ip: '127.0.0.1', userAgent: null, requestId: 'matrix' };
  const photo = await uploadPhoto(f.t.deps, principal, patientId, { view: 'front' }, await makeJpeg(), meta);
  return photo.id;
}

/**
 * The path with a real `:photoId` and the view a photo route requires (a list takes it too, as
 * a filter). `patientId` is the patient the call is about (for the portal, the caller's own).
 */
export async function withPhotoIds(f: MatrixFixtures, path: string, patientId: string): Promise<string> {
  if (/\/photos(\/baseline)?$/.test(path)) return `${path}?view=front`;
  return path.includes(':photoId') ? path.replace(':photoId', await freshPhoto(f, patientId)) : path;
}
