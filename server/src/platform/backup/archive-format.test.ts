import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { archiveReader, archiveWriter } from './archive-format';

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

async function write(entries: [string, Buffer][]): Promise<{ bytes: Buffer; digests: unknown[] }> {
  const parts: Buffer[] = [];
  const writer = archiveWriter({ write: async (b) => void parts.push(b), close: async () => undefined });
  const digests = [];
  for (const [name, content] of entries) {
    await writer.beginEntry(name);
    for (let at = 0; at < content.length; at += 3_000) await writer.write(content.subarray(at, at + 3_000));
    digests.push(await writer.endEntry());
  }
  await writer.close();
  return { bytes: Buffer.concat(parts), digests };
}

async function read(bytes: Buffer): Promise<{ entries: [string, Buffer][]; digests: unknown[] }> {
  const reader = archiveReader(once(bytes));
  const entries: [string, Buffer][] = [];
  const digests = [];
  for (let entry; (entry = await reader.nextEntry());) {
    const parts: Buffer[] = [];
    for await (const chunk of entry.chunks()) parts.push(chunk);
    entries.push([entry.name, Buffer.concat(parts)]);
    digests.push(entry.digest());
  }
  return { entries, digests };
}

const sample: [string, Buffer][] = [
  ['manifest.json', Buffer.from(JSON.stringify({ tables: ['clinic'] }))],
  ['tables/empty.copy', Buffer.alloc(0)],
  ['tables/big.copy', randomBytes(3 * 1024 * 1024 + 11)],
  ['blobs/ph/ö.jpg', randomBytes(5)],
];

describe('backup archive entries', () => {
  it('reads back every entry, byte for byte, with the same size and SHA-256', async () => {
    const { bytes, digests } = await write(sample);
    const back = await read(bytes);
    expect(back.entries.map(([n]) => n)).toEqual(sample.map(([n]) => n));
    back.entries.forEach(([, content], i) => expect(content.equals(sample[i]![1])).toBe(true));
    expect(back.digests).toEqual(digests);
    expect(back.digests[2]).toEqual({
      bytes: sample[2]![1].length,
      sha256: createHash('sha256').update(sample[2]![1]).digest('hex'),
    });
  });

  it('detects a changed byte, a cut-off end and trailing bytes', async () => {
    const { bytes } = await write(sample);
    const flipped = Buffer.from(bytes);
    flipped[1024 * 1024]! ^= 0x40;
    await expect(read(flipped)).rejects.toThrow('does not match its closing checksum');
    await expect(read(bytes.subarray(0, bytes.length - 40))).rejects.toThrow(/truncated|closing mark/);
    await expect(read(Buffer.concat([bytes, Buffer.from('x')]))).rejects.toThrow('bytes after its end');
  });

  it('refuses to hand out the next entry before the current one is read', async () => {
    const reader = archiveReader(once((await write(sample)).bytes));
    await reader.nextEntry();
    await expect(reader.nextEntry()).rejects.toThrow('was not read to its end');
  });
});
