import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { blobDir } from '../backup/blobs';
import type { BlobStore, StoredBlob } from './blob-store';

/** `photos/3f/3f9c…` (64 hex digits): a namespace, a fan-out folder of 256, the random name. */
const KEY = /^([a-z]+)\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/**
 * Blobs as files under DATA_DIR/blobs/<namespace>/ (which `corium backup` copies whole). A put
 * writes a temporary file beside the store (DATA_DIR/blobs.incoming, same file system), syncs
 * it, renames it into place and syncs the folder, so a file under the store is always complete
 * and survives a power cut once the put has resolved.
 */
export function createLocalBlobStore(dataDir: string, namespace: string): BlobStore {
  if (!/^[a-z]+$/.test(namespace)) throw new Error(`Blob namespace must be lowercase letters: ${namespace}`);
  const root = path.join(blobDir(dataDir), namespace);
  const incoming = `${blobDir(dataDir)}.incoming`;
  const fileOf = (key: string): string => {
    const match = KEY.exec(key);
    if (!match || match[1] !== namespace) throw new Error(`Not a ${namespace} blob key: ${key}`);
    return path.join(root, match[2]!, match[3]!);
  };
  return {
    async put(bytes) {
      const name = randomBytes(32).toString('hex');
      const key = `${namespace}/${name.slice(0, 2)}/${name}`;
      const file = fileOf(key);
      await mkdir(incoming, { recursive: true, mode: 0o700 });
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = path.join(incoming, `${name}.part`);
      await writeSynced(temporary, bytes);
      await rename(temporary, file);
      await syncFolder(path.dirname(file));
      return key;
    },
    async open(key) {
      const handle = await open(fileOf(key), 'r').catch(missingAsNull);
      if (!handle) return null;
      const { size } = await handle.stat();
      return { size, stream: handle.createReadStream() };
    },
    read: async (key) => readFile(fileOf(key)).catch(missingAsNull),
    remove: async (key) => rm(fileOf(key), { force: true }),
    list: () => listUnder(root, namespace),
    async sweepUnfinished(before) {
      const names = await readdir(incoming).catch(missingAsEmpty);
      let swept = 0;
      for (const name of names) {
        const file = path.join(incoming, name);
        const info = await stat(file).catch(missingAsNull);
        if (info && info.mtime < before) {
          await rm(file, { force: true });
          swept += 1;
        }
      }
      return swept;
    },
  };
}

async function writeSynced(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
}

/** A rename is durable only once its folder's entry is on disk. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function* listUnder(root: string, namespace: string): AsyncIterable<StoredBlob> {
  for (const fan of await readdir(root).catch(missingAsEmpty)) {
    if (!/^[0-9a-f]{2}$/.test(fan)) continue;
    for (const name of await readdir(path.join(root, fan)).catch(missingAsEmpty)) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const info = await stat(path.join(root, fan, name)).catch(missingAsNull);
      if (info?.isFile()) yield { key: `${namespace}/${fan}/${name}`, writtenAt: info.mtime };
    }
  }
}

function missingAsNull(error: NodeJS.ErrnoException): null {
  if (error.code === 'ENOENT') return null;
  throw error;
}

function missingAsEmpty(error: NodeJS.ErrnoException): string[] {
  if (error.code === 'ENOENT') return [];
  throw error;
}
