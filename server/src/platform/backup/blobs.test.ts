import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArchiveEntry } from './archive-format';
import { blobDir, hasBlobs, listBlobs, stageBlobs } from './blobs';

function entry(name: string, content: string): ArchiveEntry {
  let done = false;
  return {
    name,
    async *chunks() {
      yield Buffer.from(content);
      done = true;
    },
    digest: () => {
      if (!done) throw new Error('not read');
      return { bytes: content.length, sha256: 'not checked here' };
    },
  };
}

describe('blob store in a backup', () => {
  it('lists every file under the store in a stable order, and none when there is no store', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'corium-blobs-'));
    expect(await listBlobs(blobDir(dataDir))).toEqual([]);
    expect(await hasBlobs(dataDir)).toBe(false);
    await mkdir(path.join(blobDir(dataDir), 'b', 'c'), { recursive: true });
    await writeFile(path.join(blobDir(dataDir), 'b', 'c', 'photo.jpg'), 'jpg');
    await writeFile(path.join(blobDir(dataDir), 'a.pdf'), 'pdf');
    expect(await listBlobs(blobDir(dataDir))).toEqual(['a.pdf', 'b/c/photo.jpg']);
    expect(await hasBlobs(dataDir)).toBe(true);
  });

  it('swaps the staged files in for the old store only on commit', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'corium-blobs-'));
    await mkdir(blobDir(dataDir));
    await writeFile(path.join(blobDir(dataDir), 'old.jpg'), 'old');
    const staging = await stageBlobs(dataDir);
    await staging.add(entry('blobs/x/new.jpg', 'new'));
    expect(await listBlobs(blobDir(dataDir))).toEqual(['old.jpg']);
    await staging.commit(true);
    expect(await listBlobs(blobDir(dataDir))).toEqual(['x/new.jpg']);
    expect(await readFile(path.join(blobDir(dataDir), 'x', 'new.jpg'), 'utf8')).toBe('new');
  });

  it('refuses a blob name that would escape the store', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'corium-blobs-'));
    const staging = await stageBlobs(dataDir);
    for (const name of ['blobs/../escape.jpg', 'blobs//a', 'blobs/a/./b', 'blobs/'])
      await expect(staging.add(entry(name, 'x'))).rejects.toThrow('unsafe name');
    await staging.discard();
    expect(await listBlobs(path.join(dataDir))).toEqual([]);
  });
});
