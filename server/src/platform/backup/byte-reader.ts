import { BackupError } from './backup-error';

/** Pulls exact byte counts out of a stream of buffers of any size (a file, a decrypted stream). */
export interface ByteReader {
  /** Exactly `n` bytes; null when the stream ended cleanly before the first of them. */
  read(n: number): Promise<Buffer | null>;
  /** Whatever is buffered or arrives next, at most `max` bytes; null at the end. */
  readSome(max: number): Promise<Buffer | null>;
  /** True when no byte is left. */
  atEnd(): Promise<boolean>;
}

export function byteReader(source: AsyncIterable<Buffer>): ByteReader {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Buffer[] = [];
  let available = 0;
  let finished = false;

  const fill = async (n: number): Promise<void> => {
    while (available < n && !finished) {
      const next = await iterator.next();
      if (next.done) finished = true;
      else if (next.value.length > 0) {
        pending.push(next.value);
        available += next.value.length;
      }
    }
  };

  const take = (n: number): Buffer => {
    const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    const rest = all.subarray(n);
    pending = rest.length ? [rest] : [];
    available = rest.length;
    return all.subarray(0, n);
  };

  return {
    async read(n) {
      await fill(n);
      if (available === 0 && n > 0) return null;
      if (available < n) throw new BackupError('The backup file ends too early: it is truncated or damaged.');
      return take(n);
    },
    async readSome(max) {
      await fill(1);
      return available === 0 ? null : take(Math.min(max, available));
    },
    async atEnd() {
      await fill(1);
      return available === 0;
    },
  };
}
