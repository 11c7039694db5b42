import { createHash, type Hash } from 'node:crypto';
import { BackupError } from './backup-error';
import { byteReader } from './byte-reader';
import type { ByteSink } from './sealed-stream';

/**
 * The archive inside a backup file: named entries written one after another as frames, so a
 * table can be streamed straight out of COPY without knowing its size first (which a tar
 * header would need).
 *
 * Frame: kind (1 byte) · payload length (u32 big-endian) · payload.
 *   1 ENTRY  payload = the entry's name (UTF-8), e.g. "manifest.json", "tables/patient.copy"
 *   2 DATA   payload = the next bytes of the current entry (at most 1 MiB)
 *   3 END    empty: the current entry is complete
 *   4 CLOSE  payload = SHA-256 of every archive byte before this frame; nothing may follow
 * Each entry's SHA-256 and size are returned by the writer and checked by the reader's caller
 * against the listing the backup writes last (contents.json).
 */
const ENTRY = 1;
const DATA = 2;
const END = 3;
const CLOSE = 4;
const FLUSH_BYTES = 64 * 1024;
const MAX_DATA_FRAME = 1024 * 1024;
const MAX_NAME = 4096;

export interface EntryDigest {
  bytes: number;
  sha256: string;
}

export interface ArchiveWriter {
  beginEntry(name: string): Promise<void>;
  write(bytes: Buffer): Promise<void>;
  endEntry(): Promise<EntryDigest>;
  writeJson(name: string, value: unknown): Promise<EntryDigest>;
  close(): Promise<void>;
}

/** Frames written to the sink, hashed as they go for the closing checksum. */
function framer(sink: ByteSink) {
  const whole = createHash('sha256');
  return {
    async frame(kind: number, payload: Buffer): Promise<void> {
      const head = Buffer.alloc(5);
      head.writeUInt8(kind, 0);
      head.writeUInt32BE(payload.length, 1);
      const bytes = Buffer.concat([head, payload]);
      whole.update(bytes);
      await sink.write(bytes);
    },
    digest: () => whole.copy().digest(),
  };
}

export function archiveWriter(sink: ByteSink): ArchiveWriter {
  const { frame, digest } = framer(sink);
  let entry: { hash: Hash; bytes: number } | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    const all = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    for (let at = 0; at < all.length; at += MAX_DATA_FRAME)
      await frame(DATA, all.subarray(at, at + MAX_DATA_FRAME));
  };
  const writer: ArchiveWriter = {
    async beginEntry(name) {
      const encoded = Buffer.from(name, 'utf8');
      if (entry || !encoded.length || encoded.length > MAX_NAME)
        throw new Error(`cannot begin entry ${name}`);
      entry = { hash: createHash('sha256'), bytes: 0 };
      await frame(ENTRY, encoded);
    },
    async write(bytes) {
      if (!entry) throw new Error('archive data written outside an entry');
      entry.hash.update(bytes);
      entry.bytes += bytes.length;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= FLUSH_BYTES) await flush();
    },
    async endEntry() {
      if (!entry) throw new Error('archive entry ended twice');
      await flush();
      await frame(END, Buffer.alloc(0));
      const done = { bytes: entry.bytes, sha256: entry.hash.digest('hex') };
      entry = null;
      return done;
    },
    async writeJson(name, value) {
      await writer.beginEntry(name);
      await writer.write(Buffer.from(JSON.stringify(value), 'utf8'));
      return writer.endEntry();
    },
    async close() {
      if (entry) throw new Error('archive closed with an entry still open');
      await frame(CLOSE, digest());
      await sink.close();
    },
  };
  return writer;
}

export interface ArchiveEntry {
  name: string;
  /** The entry's bytes; must be read to the end before the next entry is asked for. */
  chunks(): AsyncGenerator<Buffer>;
  /** Known once chunks() has been read to the end. */
  digest(): EntryDigest;
}

export interface ArchiveReader {
  /** The next entry, or null after the closing frame (whose whole-archive hash is checked). */
  nextEntry(): Promise<ArchiveEntry | null>;
  readJson(entry: ArchiveEntry, maxBytes?: number): Promise<unknown>;
}

const damaged = (what: string) => new BackupError(`The backup is damaged (${what}).`);

type Frame = { kind: number; payload: Buffer };

/** One entry's DATA frames up to its END, hashed on the way. */
function entryOf(name: string, readFrame: () => Promise<Frame>): ArchiveEntry & { done(): boolean } {
  const hash = createHash('sha256');
  let bytes = 0;
  let done = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    for (;;) {
      const { kind, payload } = await readFrame();
      if (kind === END) break;
      if (kind !== DATA) throw damaged(`entry ${name} is cut short`);
      hash.update(payload);
      bytes += payload.length;
      yield payload;
    }
    done = true;
  }
  return {
    name,
    chunks,
    done: () => done,
    digest: () => {
      if (!done) throw new Error(`archive entry ${name} was not read to its end`);
      return { bytes, sha256: hash.copy().digest('hex') };
    },
  };
}

export function archiveReader(source: AsyncIterable<Buffer>): ArchiveReader {
  const reader = byteReader(source);
  const whole = createHash('sha256');
  let current: ReturnType<typeof entryOf> | null = null;

  const readFrame = async (): Promise<Frame> => {
    const head = await reader.read(5);
    if (!head) throw damaged('it ends without its closing mark');
    const kind = head.readUInt8(0);
    const length = head.readUInt32BE(1);
    if (kind < ENTRY || kind > CLOSE || length > MAX_DATA_FRAME) throw damaged('an unreadable frame');
    const payload = length ? await reader.read(length) : Buffer.alloc(0);
    if (!payload) throw damaged('it ends inside a frame');
    if (kind !== CLOSE) whole.update(head).update(payload);
    return { kind, payload };
  };

  return {
    async nextEntry() {
      if (current && !current.done())
        throw new Error(`archive entry ${current.name} was not read to its end`);
      const { kind, payload } = await readFrame();
      if (kind === CLOSE) {
        if (!payload.equals(whole.digest())) throw damaged('its content does not match its closing checksum');
        if (!(await reader.atEnd())) throw damaged('there are bytes after its end');
        return null;
      }
      if (kind !== ENTRY || payload.length > MAX_NAME) throw damaged('an entry without a name');
      current = entryOf(payload.toString('utf8'), readFrame);
      return current;
    },
    readJson: (entry, maxBytes = 256 * 1024 * 1024) => readJson(entry, maxBytes),
  };
}

async function readJson(entry: ArchiveEntry, maxBytes: number): Promise<unknown> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of entry.chunks()) {
    size += chunk.length;
    if (size > maxBytes) throw damaged(`${entry.name} is impossibly large`);
    parts.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8')) as unknown;
  } catch {
    throw damaged(`${entry.name} is not readable JSON`);
  }
}
