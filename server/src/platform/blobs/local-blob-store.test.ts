import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalBlobStore } from './local-blob-store';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'corium-blobs-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('the local blob store', () => {
  it('keeps bytes under random keys inside DATA_DIR/blobs/<namespace>', async () => {
    const store = createLocalBlobStore(dataDir, 'photos');
    const first = await store.put(Buffer.from('one'));
    const second = await store.put(Buffer.from('one'));
    expect(first).toMatch(/^photos\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(second).not.toBe(first);
    expect((await store.read(first))!.toString()).toBe('one');
    expect((await store.open(second))!.size).toBe(3);
    const listed = [];
    for await (const blob of store.list()) listed.push(blob.key);
    expect(listed.sort()).toEqual([first, second].sort());
    expect(await readdir(path.join(dataDir, 'blobs.incoming'))).toEqual([]);
    await store.remove(first);
    await store.remove(first);
    expect(await store.read(first)).toBeNull();
    expect(await store.open(first)).toBeNull();
  });

  it('refuses keys that are not its own, so no path can escape the store', async () => {
    const store = createLocalBlobStore(dataDir, 'photos');
    const key = await store.put(Buffer.from('x'));
    for (const bad of ['../../etc/passwd', `other/${key.slice(7)}`, `${key}/..`, 'photos/00/abc'])
      await expect(store.read(bad)).rejects.toThrow(/Not a photos blob key/);
  });

  it('lists nothing, and sweeps nothing, before the first put', async () => {
    const store = createLocalBlobStore(dataDir, 'photos');
    const listed = [];
    for await (const blob of store.list()) listed.push(blob);
    expect(listed).toEqual([]);
    expect(await store.sweepUnfinished(new Date())).toBe(0);
  });
});
