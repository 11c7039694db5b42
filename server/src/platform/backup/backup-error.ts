/** A backup or restore that cannot go on, with a sentence the operator can act on. */
export class BackupError extends Error {
  override name = 'BackupError';
}
