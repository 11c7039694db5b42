import type { Readable } from 'node:stream';

/**
 * Where files the database points at are kept (photos today). Keys are made by the store, at
 * random, so a key says nothing about the clinic, the patient or the picture, and no caller
 * can choose where bytes land. A put is durable when it resolves: a row may point at it.
 */
export interface BlobStore {
  /** Stores the bytes under a new random key, durably, and returns the key. */
  put(bytes: Uint8Array): Promise<string>;
  /** Opens a stored blob for reading; `null` when there is none under the key. */
  open(key: string): Promise<{ size: number; stream: Readable } | null>;
  /** Reads a whole blob (small ones: thumbnails, tests); `null` when missing. */
  read(key: string): Promise<Buffer | null>;
  /** Deletes a blob; deleting a missing one is not an error. */
  remove(key: string): Promise<void>;
  /** Every stored key with when it was written, for reconciling against the rows. */
  list(): AsyncIterable<StoredBlob>;
  /** Deletes writes that never finished (a crash mid-put) begun before `before`; returns how many. */
  sweepUnfinished(before: Date): Promise<number>;
}

export interface StoredBlob {
  key: string;
  writtenAt: Date;
}
