import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToPrune } from './retention';

describe('backup retention', () => {
  it('names a backup by its UTC instant', () => {
    expect(backupFileName(new Date('2026-11-26T02:30:04.120Z'))).toBe(
      'corium-20261126T023004Z.corium-backup',
    );
  });

  it('deletes the oldest of its own backups beyond the number to keep, and nothing else', () => {
    const names = [
      'corium-20261124T023000Z.corium-backup',
      'corium-20261126T023000Z.corium-backup',
      'corium-20261125T023000Z.corium-backup',
      'corium-20261123T023000Z.corium-backup.partial',
      'before-upgrade.corium-backup',
      'corium-20261122T023000Z.corium-backup',
    ];
    expect(backupsToPrune(names, 2)).toEqual([
      'corium-20261122T023000Z.corium-backup',
      'corium-20261124T023000Z.corium-backup',
    ]);
    expect(backupsToPrune(names, 7)).toEqual([]);
  });
});
