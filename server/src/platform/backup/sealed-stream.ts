import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import { BackupError } from './backup-error';
import type { ByteReader } from './byte-reader';

/**
 * The outer layer of a backup file: a header, then the archive either as is or sealed with a
 * passphrase. Sealed means AES-256-GCM in chunks of 64 KiB, each with its own tag, so a restore
 * never acts on a byte that was not authenticated (one GCM tag over a whole multi-gigabyte file
 * would only be checked after everything had been read).
 *
 * Header: "CORIUMBK" · format version (1 byte) · cipher (1 byte: 0 none, 1 AES-256-GCM) and when
 * sealed: scrypt log2 N, r, p (1 byte each) · salt (16) · base nonce (12) · key check (16).
 * Chunk: u32 big-endian ciphertext length, top bit set on the last chunk · ciphertext · tag (16).
 * Chunk i's nonce is the base nonce with i xor-ed into its last 8 bytes; its additional data is
 * the whole header plus the last-chunk flag, so a header edit, a reordered, dropped or appended
 * chunk, or a cut-off file all fail authentication. The key is scrypt(passphrase, salt) and is
 * never written anywhere; the key check (a hash of a second scrypt output) only lets a wrong
 * passphrase be named as such instead of as damage.
 */
export interface ByteSink {
  write(bytes: Buffer): Promise<void>;
  close(): Promise<void>;
}

const MAGIC = Buffer.from('CORIUMBK', 'latin1');
const FORMAT_VERSION = 1;
export const CHUNK_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const LAST_CHUNK = 0x8000_0000;
// 2^17 × r 8 × 128 bytes = 128 MiB of memory per derivation: costly to guess, cheap once.
const WRITE_SCRYPT = { logN: 17, r: 8, p: 1 };

/** `logN` is for tests only: the default costs a second or two, as it should. */
export type Sealing = { passphrase: string; logN?: number } | null;

interface Header {
  bytes: Buffer;
  sealed: { logN: number; r: number; p: number; salt: Buffer; nonce: Buffer; keyCheck: Buffer } | null;
}

async function deriveKey(
  passphrase: string,
  salt: Buffer,
  params: { logN: number; r: number; p: number },
): Promise<{ key: Buffer; keyCheck: Buffer }> {
  const N = 2 ** params.logN;
  const out = await new Promise<Buffer>((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      64,
      { N, r: params.r, p: params.p, maxmem: 2 * 128 * N * params.r },
      (e, k) => (e ? reject(e) : resolve(k)),
    ),
  );
  return {
    key: out.subarray(0, 32),
    keyCheck: createHash('sha256').update(out.subarray(32)).digest().subarray(0, 16),
  };
}

function nonceFor(base: Buffer, index: bigint): Buffer {
  const nonce = Buffer.from(base);
  nonce.writeBigUInt64BE(nonce.readBigUInt64BE(4) ^ index, 4);
  return nonce;
}

const additionalData = (header: Buffer, last: boolean): Buffer =>
  Buffer.concat([header, Buffer.from([last ? 1 : 0])]);

/** Writes the header to `file` and returns the sink the archive is written into. */
export async function openSealedSink(file: ByteSink, sealing: Sealing): Promise<ByteSink> {
  if (!sealing) {
    await file.write(Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION, 0])]));
    return file;
  }
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const params = { ...WRITE_SCRYPT, logN: sealing.logN ?? WRITE_SCRYPT.logN };
  const { key, keyCheck } = await deriveKey(sealing.passphrase, salt, params);
  const { logN, r, p } = params;
  const header = Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION, 1, logN, r, p]), salt, nonce, keyCheck]);
  await file.write(header);
  let pending: Buffer = Buffer.alloc(0);
  let index = 0n;
  const seal = async (plain: Buffer, last: boolean): Promise<void> => {
    const cipher = createCipheriv('aes-256-gcm', key, nonceFor(nonce, index++));
    cipher.setAAD(additionalData(header, last));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE((body.length | (last ? LAST_CHUNK : 0)) >>> 0);
    await file.write(Buffer.concat([length, body, cipher.getAuthTag()]));
  };
  return {
    async write(bytes) {
      pending = pending.length ? Buffer.concat([pending, bytes]) : bytes;
      // Keep at least one byte back: only close() knows which chunk is the last.
      while (pending.length > CHUNK_BYTES) {
        await seal(pending.subarray(0, CHUNK_BYTES), false);
        pending = pending.subarray(CHUNK_BYTES);
      }
    },
    async close() {
      await seal(pending, true);
      await file.close();
    },
  };
}

async function readHeader(reader: ByteReader): Promise<Header> {
  let fixed = Buffer.alloc(0);
  for (let more; fixed.length < 10 && (more = await reader.readSome(10 - fixed.length));)
    fixed = Buffer.concat([fixed, more]);
  if (!fixed.subarray(0, 8).equals(MAGIC)) throw new BackupError('This file is not a Corium backup.');
  if (fixed.length < 10) throw new BackupError('The backup file ends too early: it is truncated or damaged.');
  if (fixed[8] !== FORMAT_VERSION)
    throw new BackupError(
      `This backup has format version ${fixed[8]}; this Corium reads version ${FORMAT_VERSION}.`,
    );
  if (fixed[9] === 0) return { bytes: fixed, sealed: null };
  if (fixed[9] !== 1) throw new BackupError('This backup uses an unknown kind of encryption.');
  const rest = await reader.read(3 + 16 + 12 + 16);
  if (!rest) throw new BackupError('The backup file ends too early: it is truncated or damaged.');
  const [logN, r, p] = [rest[0]!, rest[1]!, rest[2]!];
  // Bounds keep a forged header from asking for gigabytes of memory or hours of work.
  if (logN < 10 || logN > 18 || r < 1 || r > 8 || p < 1 || p > 4)
    throw new BackupError('The backup header is damaged (impossible key-derivation settings).');
  return {
    bytes: Buffer.concat([fixed, rest]),
    sealed: {
      logN,
      r,
      p,
      salt: rest.subarray(3, 19),
      nonce: rest.subarray(19, 31),
      keyCheck: rest.subarray(31, 47),
    },
  };
}

/**
 * The archive bytes inside a backup file. `passphrase` is asked for only when the file is
 * sealed; a wrong one is refused before anything is read past the header.
 */
export async function* openSealedSource(
  reader: ByteReader,
  passphrase: () => Promise<string>,
): AsyncGenerator<Buffer> {
  const header = await readHeader(reader);
  if (!header.sealed) {
    for (let chunk; (chunk = await reader.readSome(CHUNK_BYTES));) yield chunk;
    return;
  }
  const { key, keyCheck } = await deriveKey(await passphrase(), header.sealed.salt, header.sealed);
  if (!keyCheck.equals(header.sealed.keyCheck))
    throw new BackupError('Wrong passphrase for this backup: nothing was restored.');
  yield* unsealChunks(reader, key, header);
}

async function* unsealChunks(reader: ByteReader, key: Buffer, header: Header): AsyncGenerator<Buffer> {
  const damaged = (what: string) =>
    new BackupError(`The backup is damaged or was altered (${what}); nothing from it can be trusted.`);
  for (let index = 0n; ; index++) {
    const length = await reader.read(4);
    if (!length) throw damaged('it ends before its last piece');
    const word = length.readUInt32BE(0);
    const last = (word & LAST_CHUNK) !== 0;
    const size = word & ~LAST_CHUNK;
    if (size > CHUNK_BYTES) throw damaged(`piece ${index} has an impossible length`);
    const body = await reader.read(size + TAG_BYTES);
    if (!body) throw damaged('it ends before its last piece');
    const decipher = createDecipheriv('aes-256-gcm', key, nonceFor(header.sealed!.nonce, index));
    decipher.setAAD(additionalData(header.bytes, last));
    decipher.setAuthTag(body.subarray(size));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(body.subarray(0, size)), decipher.final()]);
    } catch {
      throw damaged(`piece ${index} failed its authentication check`);
    }
    if (plain.length) yield plain;
    if (last) {
      if (!(await reader.atEnd())) throw damaged('there are bytes after its last piece');
      return;
    }
  }
}
