import { createReadStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { archiveReader, archiveWriter, type ArchiveReader, type ArchiveWriter } from './archive-format';
import { BackupError } from './backup-error';
import { byteReader } from './byte-reader';
import { openSealedSink, openSealedSource, type ByteSink, type Sealing } from './sealed-stream';

const WRITE_BUFFER = 1024 * 1024;

export interface BackupFileWriter {
  archive: ArchiveWriter;
  /** Removes the half-written file after a failure. */
  abort(): Promise<void>;
}

/**
 * Writes beside the target as `FILE.partial` and renames it over FILE only after it is complete
 * and on disk: a failed backup never leaves a file that looks like a backup, nor spoils the
 * previous one of the same name. Readable by its owner only: it holds every patient's record.
 */
export async function createBackupFile(file: string, sealing: Sealing): Promise<BackupFileWriter> {
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w', 0o600).catch((error: NodeJS.ErrnoException) => {
    throw new BackupError(`Cannot write the backup to ${file}: ${error.code ?? error.message}`);
  });
  let buffered: Buffer[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size) await handle.write(Buffer.concat(buffered));
    buffered = [];
    size = 0;
  };
  const sink: ByteSink = {
    async write(bytes) {
      buffered.push(bytes);
      size += bytes.length;
      if (size >= WRITE_BUFFER) await flush();
    },
    async close() {
      await flush();
      await handle.sync();
      await handle.close();
      await rename(partial, file);
      await syncDirectory(path.dirname(file));
    },
  };
  return {
    archive: archiveWriter(await openSealedSink(sink, sealing)),
    abort: async () => {
      await handle.close().catch(() => undefined);
      await unlink(partial).catch(() => undefined);
    },
  };
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface BackupFileReader {
  archive: ArchiveReader;
  close(): void;
}

/** Reads a backup file; `passphrase` is asked for only if the file is encrypted. */
export function readBackupFile(file: string, passphrase: () => Promise<string>): BackupFileReader {
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  const bytes = (async function* (): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (error) {
      throw new BackupError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  })();
  return {
    archive: archiveReader(openSealedSource(byteReader(bytes), passphrase)),
    close: () => stream.destroy(),
  };
}
