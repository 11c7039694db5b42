import { readFileSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

/** A second Corium on a data directory that a live Corium holds. */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

interface LockContent {
  pid: number;
  startedAt: string;
}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * One Corium process per data directory. The lock file names its holder; a holder that died
 * (kill -9, power cut) leaves a stale file, which the next start takes over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const lockPath = path.join(dataDir, 'corium.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    const created = await tryCreate(lockPath);
    if (created) return { release: () => releaseLock(lockPath) };
    const holder = await readHolder(lockPath);
    if (holder && holder.pid !== process.pid && isLiveNodeProcess(holder.pid)) {
      throw new DataDirInUseError(
        `The data directory ${dataDir} is in use by another Corium (pid ${holder.pid}, started ${holder.startedAt}). ` +
          'Stop it first, or set DATA_DIR to another folder.',
      );
    }
    await unlink(lockPath).catch(() => undefined);
  }
  throw new DataDirInUseError(`Could not lock ${dataDir}: another process keeps taking ${lockPath}`);
}

async function tryCreate(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, 'wx', 0o600);
    const content: LockContent = { pid: process.pid, startedAt: new Date().toISOString() };
    await handle.writeFile(JSON.stringify(content));
    await handle.sync();
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readHolder(lockPath: string): Promise<LockContent | null> {
  try {
    const parsed = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, startedAt: parsed.startedAt ?? 'unknown' }
      : null;
  } catch {
    return null; // half-written or unreadable: nobody can be holding it
  }
}

/** A pid is reused after its process dies, so "alive" also means "still a Node process". */
function isLiveNodeProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

async function releaseLock(lockPath: string): Promise<void> {
  const holder = await readHolder(lockPath);
  if (holder?.pid === process.pid) await unlink(lockPath).catch(() => undefined);
}
