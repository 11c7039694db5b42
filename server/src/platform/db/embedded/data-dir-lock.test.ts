import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from './data-dir-lock';

const tempDir = (): Promise<string> => mkdtemp(path.join(os.tmpdir(), 'corium-lock-'));
const lockFile = (dir: string): string => path.join(dir, 'corium.lock');

describe('lockDataDir', () => {
  it('refuses a directory held by a live Corium and names the holder', async () => {
    const dir = await tempDir();
    // The test runner's parent is a live Node process other than this one.
    await writeFile(lockFile(dir), JSON.stringify({ pid: process.ppid, startedAt: '2026-11-25T08:00:00Z' }));
    const attempt = lockDataDir(dir);
    await expect(attempt).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(attempt).rejects.toThrow(`pid ${process.ppid}`);
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = await tempDir();
    await writeFile(lockFile(dir), JSON.stringify({ pid: 2 ** 22 + 17, startedAt: 'long ago' }));
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await readFile(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('releases so that the next start can lock again', async () => {
    const dir = await tempDir();
    await (await lockDataDir(dir)).release();
    const again = await lockDataDir(dir);
    await again.release();
  });
});
