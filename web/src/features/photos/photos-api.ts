import {
  photoBaseline,
  photoList,
  photoUploadResponse,
  photoUploadTypes,
  type Photo,
  type PhotoListQuery,
  type PhotoUploadQuery,
  type PhotoView,
  type ZoneId,
} from '@corium/contracts';
import {
  checkedReply,
  csrfHeader,
  failureFrom,
  request,
  requestNoContent,
  segment,
  unreachable,
  withQuery,
} from '../../lib/api';

/** Share of the upload sent so far (0–1), or null while the browser cannot tell. */
export type UploadProgress = (share: number | null) => void;

/**
 * Photos of one patient, as staff reach them (`/api/patients/:id/photos`) or as the patient
 * reaches their own (`/api/portal/photos`): the screens work the same through either.
 */
export interface PhotoChannel {
  list(query?: PhotoListQuery): Promise<Photo[]>;
  baseline(view: PhotoView, zone: ZoneId | null): Promise<Photo | null>;
  upload(
    image: Blob,
    query: PhotoUploadQuery,
    onProgress: UploadProgress,
    signal?: AbortSignal,
  ): Promise<Photo>;
}

const extensionTypes: Record<string, (typeof photoUploadTypes)[number]> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
};

/**
 * The `Content-Type` an image goes with. Some browsers give a HEIC file no type at all, so the
 * name's extension stands in; the server trusts neither and looks at the bytes.
 */
export function uploadContentType(image: Blob & { name?: string }): string {
  if ((photoUploadTypes as readonly string[]).includes(image.type)) return image.type;
  const extension = image.name?.split('.').pop()?.toLowerCase() ?? '';
  return extensionTypes[extension] ?? (image.type || 'application/octet-stream');
}

function responseHeaders(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr
    .getAllResponseHeaders()
    .trim()
    .split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

async function settleUpload(path: string, xhr: XMLHttpRequest): Promise<Photo> {
  const response = new Response(xhr.responseText, { status: xhr.status, headers: responseHeaders(xhr) });
  if (!response.ok) throw await failureFrom('POST', path, response);
  const body: unknown = await response.json().catch(() => undefined);
  return checkedReply(xhr.status, body, photoUploadResponse).photo;
}

/**
 * The image itself is the request body, as the server's route expects. XMLHttpRequest rather than
 * `request()`: fetch cannot report how much of an upload has been sent, and a phone on a slow
 * connection needs the progress bar.
 */
async function uploadImage(
  path: string,
  image: Blob,
  onProgress: UploadProgress,
  signal?: AbortSignal,
): Promise<Photo> {
  const headers = await csrfHeader('POST');
  return new Promise<Photo>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', uploadContentType(image));
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress(event.lengthComputable ? event.loaded / event.total : null);
    xhr.onerror = () => reject(unreachable());
    xhr.onabort = () => reject(new DOMException('The upload was stopped.', 'AbortError'));
    xhr.onload = () => settleUpload(path, xhr).then(resolve, reject);
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(image);
  });
}

function channel(base: string): PhotoChannel {
  return {
    list: async (query = {}) => (await request('GET', withQuery(base, { ...query }), photoList)).photos,
    baseline: async (view, zone) =>
      (await request('GET', withQuery(`${base}/baseline`, { view, zone }), photoBaseline)).photo,
    upload: (image, query, onProgress, signal) =>
      uploadImage(withQuery(base, { ...query }), image, onProgress, signal),
  };
}

export const staffPhotos = (patientId: string): PhotoChannel =>
  channel(`/api/patients/${segment(patientId)}/photos`);

export const portalPhotos: PhotoChannel = channel('/api/portal/photos');

/** Takes a photo out of a patient's record, with the reason (clinical staff). */
export const removeStaffPhoto = (patientId: string, photoId: string, reason: string): Promise<void> =>
  requestNoContent('POST', `/api/patients/${segment(patientId)}/photos/${segment(photoId)}/remove`, {
    reason,
  });
