import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3.10, no ZIP64): names in UTF-8 (flag bit 11), each
 * file deflated unless that would not make it smaller, then stored. Node 20.20's `zlib.crc32`
 * and `deflateRawSync` are all it needs, so Corium carries no archive dependency. A patient's
 * record is megabytes, far below the format's 4 GiB and 65,535-file limits, which it checks.
 */

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, e.g. `consents/2026-11-02-microneedling.pdf`. */
  name: string;
  data: Buffer;
}

const LIMIT = 0xffff_ffff;
const METHOD = { stored: 0, deflated: 8 } as const;
const UTF8_NAMES = 0x0800;
const VERSION = 20; // 2.0: deflate

/** MS-DOS date and time fields (2-second steps, years from 1980), from the UTC clock. */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(at.getUTCFullYear(), 1980);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

interface Packed {
  name: Buffer;
  method: number;
  crc: number;
  body: Buffer;
  size: number;
  offset: number;
}

function pack(entry: ZipEntry, offset: number): Packed {
  const deflated = deflateRawSync(entry.data, { level: 9 });
  const smaller = deflated.length < entry.data.length;
  return {
    name: Buffer.from(entry.name, 'utf8'),
    method: smaller ? METHOD.deflated : METHOD.stored,
    crc: crc32(entry.data),
    body: smaller ? deflated : entry.data,
    size: entry.data.length,
    offset,
  };
}

/** Fields shared by the local header and the central directory record, from "version needed" on. */
function commonFields(p: Packed, stamp: { time: number; date: number }): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(VERSION, 0);
  b.writeUInt16LE(UTF8_NAMES, 2);
  b.writeUInt16LE(p.method, 4);
  b.writeUInt16LE(stamp.time, 6);
  b.writeUInt16LE(stamp.date, 8);
  b.writeUInt32LE(p.crc >>> 0, 10);
  b.writeUInt32LE(p.body.length, 14);
  b.writeUInt32LE(p.size, 18);
  b.writeUInt16LE(p.name.length, 22);
  b.writeUInt16LE(0, 24); // no extra field
  return b;
}

const signature = (value: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value, 0);
  return b;
};

function centralRecord(p: Packed, stamp: { time: number; date: number }): Buffer {
  const tail = Buffer.alloc(14);
  tail.writeUInt16LE(0, 0); // comment length
  tail.writeUInt16LE(0, 2); // disk number
  tail.writeUInt16LE(0, 4); // internal attributes
  tail.writeUInt32LE(0, 6); // external attributes
  tail.writeUInt32LE(p.offset, 10);
  const madeBy = Buffer.alloc(2);
  madeBy.writeUInt16LE(VERSION, 0);
  return Buffer.concat([signature(0x02014b50), madeBy, commonFields(p, stamp), tail, p.name]);
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(0, 4);
  b.writeUInt16LE(0, 6);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  b.writeUInt16LE(0, 20);
  return b;
}

/** The archive's bytes; every entry is dated `modified`, so the same input gives the same bytes. */
export function zipArchive(entries: readonly ZipEntry[], modified: Date): Buffer {
  if (entries.length > 0xffff) throw new Error('A ZIP archive without ZIP64 holds at most 65,535 files');
  const stamp = dosDateTime(modified);
  const parts: Buffer[] = [];
  const packed: Packed[] = [];
  let offset = 0;
  for (const entry of entries) {
    const p = pack(entry, offset);
    const local = Buffer.concat([signature(0x04034b50), commonFields(p, stamp), p.name, p.body]);
    parts.push(local);
    packed.push(p);
    offset += local.length;
  }
  const directory = Buffer.concat(packed.map((p) => centralRecord(p, stamp)));
  if (offset + directory.length > LIMIT) throw new Error('A ZIP archive without ZIP64 holds at most 4 GiB');
  return Buffer.concat([...parts, directory, endOfDirectory(packed.length, directory.length, offset)]);
}
