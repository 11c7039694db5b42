import type { Deps } from '../../deps';
import type { Principal } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/database';
import { listPhotos, photoFile } from '../photos/photo-reads.service';
import { requester } from './summary.repo';
import type { ZipEntry } from './zip';

/**
 * The patient's photos for their copy of the record, read through the photos module as the
 * person who asked for the copy (each read is audited there, under the job's outbox id).
 * Originals only: thumbnails are derived from them.
 */
export async function photoEntries(
  deps: Deps,
  db: Executor,
  copy: { clinicId: string; patientId: string; requestedBy: string; outboxId: string },
): Promise<ZipEntry[]> {
  const user = await requester(db, copy.clinicId, copy.requestedBy);
  const principal: Principal = {
    userId: user.id,
    clinicId: copy.clinicId,
    role: user.role,
    email: user.email,
    displayName: user.display_name,
    isPrescriber: user.is_prescriber,
    tokenId: null,
  };
  const meta = { ip: '', userAgent: null, requestId: copy.outboxId };
  const entries: ZipEntry[] = [];
  for (const photo of await listPhotos(deps, principal, copy.patientId, {}, meta)) {
    const file = await photoFile(deps, principal, copy.patientId, photo.id, 'image', meta);
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(Buffer.from(chunk as Uint8Array));
    entries.push({ name: `photos/${photo.id.slice(-8)}-${file.fileName}`, data: Buffer.concat(chunks) });
  }
  return entries;
}
