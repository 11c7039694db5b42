import type { BackupRun } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { duration, fileName, fileSize, inProgress, unresolvedFailure } from './backup-words';

const run = (overrides: Partial<BackupRun>): BackupRun => ({
  id: '0193a4d2-0000-7000-8000-000000000001',
  trigger: 'scheduled',
  status: 'succeeded',
  queuedAt: '2026-11-26T02:30:00.000Z',
  startedAt: '2026-11-26T02:30:01.000Z',
  finishedAt: '2026-11-26T02:30:09.000Z',
  durationMs: 8000,
  file: '/srv/corium/backups/corium-20261126T023001Z.corium-backup',
  sizeBytes: 1_536_000,
  error: null,
  ...overrides,
});

describe('backup words', () => {
  it('reads sizes and durations as an operator would', () => {
    expect(fileSize(1_536_000)).toBe('1.5 MB');
    expect(fileSize(512)).toBe('512 bytes');
    expect(fileSize(null)).toBe('—');
    expect(duration(83_400)).toBe('1 min 23 s');
    expect(duration(8000)).toBe('8 s');
    expect(duration(120)).toBe('under 1 s');
    expect(fileName('/srv/corium/backups/corium-20261126T023001Z.corium-backup')).toBe(
      'corium-20261126T023001Z.corium-backup',
    );
  });

  it('points out a failure only while no backup has succeeded since', () => {
    const failed = run({ status: 'failed', finishedAt: '2026-11-27T02:30:05.000Z', error: 'ENOSPC' });
    expect(unresolvedFailure(run({}), failed)).toBe(failed);
    expect(unresolvedFailure(run({ finishedAt: '2026-11-27T09:00:00.000Z' }), failed)).toBeNull();
    expect(unresolvedFailure(null, failed)).toBe(failed);
    expect(unresolvedFailure(run({}), null)).toBeNull();
  });

  it('follows a backup until it has finished', () => {
    expect(inProgress([run({ status: 'queued' })])).toBe(true);
    expect(inProgress([run({}), run({ status: 'failed' })])).toBe(false);
  });
});
