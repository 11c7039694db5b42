import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { byteReader } from './byte-reader';
import { CHUNK_BYTES, openSealedSink, openSealedSource, type ByteSink, type Sealing } from './sealed-stream';

const PASSPHRASE = 'correct horse battery staple';

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

async function seal(plain: Buffer, sealing: Sealing): Promise<Buffer> {
  const parts: Buffer[] = [];
  const file: ByteSink = {
    write: async (b) => void parts.push(Buffer.from(b)),
    close: async () => undefined,
  };
  const sink = await openSealedSink(file, sealing);
  // Uneven writes, as the archive writer makes them.
  for (let at = 0; at < plain.length; at += 10_000) await sink.write(plain.subarray(at, at + 10_000));
  await sink.close();
  return Buffer.concat(parts);
}

async function open(file: Buffer, passphrase = PASSPHRASE): Promise<Buffer> {
  async function* pieces(): AsyncGenerator<Buffer> {
    for (let at = 0; at < file.length; at += 7_777) yield file.subarray(at, at + 7_777);
  }
  const parts: Buffer[] = [];
  for await (const chunk of openSealedSource(byteReader(pieces()), async () => passphrase)) parts.push(chunk);
  return Buffer.concat(parts);
}

describe('sealed backup stream', () => {
  it('round-trips plain and encrypted content of awkward sizes', async () => {
    for (const size of [0, 1, CHUNK_BYTES, 3 * CHUNK_BYTES + 17]) {
      const plain = randomBytes(size);
      expect((await open(await seal(plain, null))).equals(plain)).toBe(true);
      const sealed = await seal(plain, { passphrase: PASSPHRASE, logN: 12 });
      expect((await open(sealed)).equals(plain)).toBe(true);
    }
  });

  it('hides the content and asks for a passphrase only when the file is encrypted', async () => {
    const plain = Buffer.from('Patient Ada Lovelace, born 1815-12-10. '.repeat(100));
    const sealed = await seal(plain, { passphrase: PASSPHRASE, logN: 12 });
    expect(sealed.includes(Buffer.from('Lovelace'))).toBe(false);
    let asked = 0;
    const ask = async () => (asked++, PASSPHRASE);
    for await (const _ of openSealedSource(byteReader(once(await seal(plain, null))), ask)) void _;
    expect(asked).toBe(0);
    for await (const _ of openSealedSource(byteReader(once(sealed)), ask)) void _;
    expect(asked).toBe(1);
  });

  it('refuses a wrong passphrase with a clear message', async () => {
    const sealed = await seal(Buffer.from('secret'), { passphrase: PASSPHRASE, logN: 12 });
    await expect(open(sealed, 'correct horse battery stapler')).rejects.toThrow(
      'Wrong passphrase for this backup',
    );
  });

  it('detects a changed byte, a cut-off end and bytes added after the end', async () => {
    const sealed = await seal(randomBytes(2 * CHUNK_BYTES + 5), { passphrase: PASSPHRASE, logN: 12 });
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 100]! ^= 1;
    await expect(open(flipped)).rejects.toThrow(/damaged or was altered .*authentication/);
    const headerEdited = Buffer.from(sealed);
    headerEdited[35]! ^= 1; // inside the base nonce (bytes 29-40): the key still checks, every piece fails
    await expect(open(headerEdited)).rejects.toThrow(/damaged or was altered/);
    // Cut after the first whole piece: 4-byte length, 64 KiB, 16-byte tag after a 57-byte header.
    const cut = sealed.subarray(0, 57 + 4 + CHUNK_BYTES + 16);
    await expect(open(cut)).rejects.toThrow(/damaged or was altered \(it ends before its last piece\)/);
    await expect(open(Buffer.concat([sealed, Buffer.from([0])]))).rejects.toThrow(
      /bytes after its last piece/,
    );
  });

  it('refuses a file that is not a Corium backup', async () => {
    await expect(open(Buffer.from('PGDMP custom dump'))).rejects.toThrow('This file is not a Corium backup.');
    await expect(open(Buffer.from('hi\n'))).rejects.toThrow('This file is not a Corium backup.');
    await expect(open(Buffer.from('CORIUMBK'))).rejects.toThrow('truncated');
  });
});
