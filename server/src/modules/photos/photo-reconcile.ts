import type { Deps } from '../../deps';
import { photoBlobs } from './photo-blobs';
import * as repo from './photos.repo';

/** Files younger than this may belong to an upload whose row is being written right now. */
export const ORPHAN_AGE_MS = 60 * 60_000;

export interface ReconcileReport {
  /** Files no photo points at, written over an hour ago: left by a crash mid-upload; deleted. */
  orphansRemoved: number;
  /** Temporary files of writes that never finished; deleted. */
  unfinishedRemoved: number;
  /** Photos whose files are missing (restored without them, or deleted by hand): reported, kept. */
  photosWithoutFiles: { id: string; clinicId: string }[];
}

/**
 * Brings the photo files and rows back in line. Rows are read before the files are listed, so
 * a row committed meanwhile is never taken for missing files; only files older than an hour
 * are deleted, so an upload in flight keeps its files.
 */
export async function reconcilePhotoFiles(deps: Deps): Promise<ReconcileReport> {
  const cutoff = new Date(deps.clock.now().getTime() - ORPHAN_AGE_MS);
  const blobs = photoBlobs(deps.config);
  const rows = await repo.rowsInUse(deps.db);
  const inUse = new Set(rows.flatMap((r) => [r.image_key, r.thumbnail_key]));
  const present = new Set<string>();
  let orphansRemoved = 0;
  for await (const blob of blobs.list()) {
    present.add(blob.key);
    if (inUse.has(blob.key) || blob.writtenAt >= cutoff) continue;
    await blobs.remove(blob.key);
    orphansRemoved += 1;
  }
  const photosWithoutFiles = rows
    .filter((r) => !present.has(r.image_key) || !present.has(r.thumbnail_key))
    .map((r) => ({ id: r.id, clinicId: r.clinic_id }));
  const report = {
    orphansRemoved,
    unfinishedRemoved: await blobs.sweepUnfinished(cutoff),
    photosWithoutFiles,
  };
  if (photosWithoutFiles.length)
    deps.log.error({ photos: photosWithoutFiles }, 'photos whose files are missing from the blob store');
  if (orphansRemoved || report.unfinishedRemoved)
    deps.log.info({ orphansRemoved, unfinishedRemoved: report.unfinishedRemoved }, 'photo files reconciled');
  return report;
}
