/**
 * Scheduled and on-demand backups are named `corium-<UTC instant>.corium-backup`, so names sort
 * by age and nothing else in the folder (a backup an operator copied there by hand) is touched.
 */
const SCHEDULED_NAME = /^corium-\d{8}T\d{6}Z\.corium-backup$/;

/** e.g. 2026-11-26T02:30:04.120Z → corium-20261126T023004Z.corium-backup */
export function backupFileName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `corium-${stamp}.corium-backup`;
}

/** The files to delete so that only the `keep` newest of Corium's own backups remain. */
export function backupsToPrune(fileNames: readonly string[], keep: number): string[] {
  const ours = fileNames.filter((name) => SCHEDULED_NAME.test(name)).sort();
  return ours.slice(0, Math.max(0, ours.length - keep));
}
