import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveEntry, ArchiveWriter, EntryDigest } from './archive-format';
import { BackupError } from './backup-error';
import { BLOB_PREFIX, type Contents } from './manifest';

/**
 * The blob store is DATA_DIR/blobs: files the database points at (photos, signed PDFs). A backup
 * copies every file under it, whatever the layout; a restore writes them to a staging folder
 * beside it, checks them, and swaps the folder in only after the database has committed.
 */
export const blobDir = (dataDir: string): string => path.join(dataDir, 'blobs');

/** Relative paths ('/'-separated) of every file under `dir`, sorted; [] when there is no store. */
export async function listBlobs(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && prefix === '') return [];
      throw error;
    },
  );
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listBlobs(dir, relative)));
    else if (entry.isFile()) found.push(relative);
    else
      throw new BackupError(
        `${path.join(dir, relative)} is neither a file nor a folder; a backup cannot hold it.`,
      );
  }
  return found;
}

export async function writeBlobs(archive: ArchiveWriter, dir: string): Promise<Contents['blobs']> {
  const written: Contents['blobs'] = [];
  for (const relative of await listBlobs(dir)) {
    await archive.beginEntry(BLOB_PREFIX + relative);
    for await (const chunk of createReadStream(path.join(dir, relative), { highWaterMark: 256 * 1024 }))
      await archive.write(chunk as Buffer);
    written.push({ path: relative, ...(await archive.endEntry()) });
  }
  return written;
}

export interface BlobStaging {
  /** Writes one blob entry into the staging folder, to disk. */
  add(entry: ArchiveEntry): Promise<{ path: string } & EntryDigest>;
  /** Puts the staged files in place of DATA_DIR/blobs (the old store, if any, is removed). */
  commit(keep: boolean): Promise<void>;
  discard(): Promise<void>;
}

function safeRelative(name: string): string {
  const relative = name.slice(BLOB_PREFIX.length);
  const parts = relative.split('/');
  if (!relative || parts.some((p) => !p || p === '.' || p === '..' || p.includes('\0') || p.includes('\\')))
    throw new BackupError(`The backup holds a blob with an unsafe name (${name}); nothing was restored.`);
  return relative;
}

export async function stageBlobs(dataDir: string): Promise<BlobStaging> {
  const target = blobDir(dataDir);
  const staging = `${target}.restoring`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o700 });
  return {
    async add(entry) {
      const relative = safeRelative(entry.name);
      const file = path.join(staging, relative);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const handle = await open(file, 'wx', 0o600);
      try {
        for await (const chunk of entry.chunks()) await handle.write(chunk);
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { path: relative, ...entry.digest() };
    },
    async commit(keep) {
      const replaced = `${target}.replaced`;
      await rm(replaced, { recursive: true, force: true });
      await rename(target, replaced).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      if (keep) await rename(staging, target);
      else await rm(staging, { recursive: true, force: true });
      await rm(replaced, { recursive: true, force: true });
    },
    discard: () => rm(staging, { recursive: true, force: true }),
  };
}

/** True when DATA_DIR/blobs holds at least one file. */
export async function hasBlobs(dataDir: string): Promise<boolean> {
  const dir = blobDir(dataDir);
  if (!(await stat(dir).catch(() => null))) return false;
  return (await listBlobs(dir)).length > 0;
}
