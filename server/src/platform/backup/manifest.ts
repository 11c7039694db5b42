import { z } from 'zod';
import { BackupError } from './backup-error';

/**
 * What a backup archive holds, in this order:
 *   manifest.json        — this schema: what the backup is, written before any data so that a
 *                          restore can build the schema first
 *   tables/<name>.copy   — one per table, in load order, COPY text
 *   blobs/<path>         — every file under DATA_DIR/blobs (photos, signed PDFs), if there is one
 *   contents.json        — row counts, sizes and SHA-256 of every entry above, known only once
 *                          they were streamed, and checked by the restore before it commits
 */
export const MANIFEST_ENTRY = 'manifest.json';
export const CONTENTS_ENTRY = 'contents.json';
export const tableEntry = (name: string) => `tables/${name}.copy`;
export const BLOB_PREFIX = 'blobs/';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal('corium-backup'),
  formatVersion: z.literal(1),
  coriumVersion: z.string(),
  createdAt: z.iso.datetime(),
  source: z.object({ kind: z.enum(['embedded-postgres', 'postgres']), serverVersion: z.string() }),
  /** schema_migration as it was: the restore applies exactly these, then any newer ones. */
  migrations: z.array(
    z.object({ version: z.string(), name: z.string(), checksum: sha256, appliedAt: z.string() }),
  ),
  /** In load order: every table after the tables it references. */
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(z.string().min(1)).min(1),
      orderBy: z.array(z.object({ column: z.string(), collatable: z.boolean() })),
      references: z.array(z.string()),
    }),
  ),
  /** Tables in a ring of foreign keys (see loadOrder); empty for Corium's schema. */
  rings: z.array(z.string()),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  /** The last event of each audit chain at the moment of the backup. */
  auditChains: z.array(z.object({ chain: z.string(), seq: z.string(), hash: z.string() })),
  /** Whether the blob store was included (false when the source had none). */
  blobs: z.boolean(),
});
export type Manifest = z.infer<typeof manifestSchema>;

const digest = { bytes: z.number().int().min(0), sha256 };
export const contentsSchema = z.object({
  tables: z.array(z.object({ name: z.string(), rows: z.number().int().min(0), ...digest })),
  blobs: z.array(z.object({ path: z.string(), ...digest })),
});
export type Contents = z.infer<typeof contentsSchema>;

export function parseEntry<T>(schema: z.ZodType<T>, value: unknown, entry: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new BackupError(`The backup's ${entry} is not one this Corium understands, or is damaged.`);
  return parsed.data;
}
