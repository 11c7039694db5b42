import type pg from 'pg';
import { BackupError } from './backup-error';
import { readChainHeads } from './backup';
import { tableDigest } from './copy-table';
import type { Contents, Manifest } from './manifest';
import { readCatalog } from './table-catalog';

const mismatch = (what: string) =>
  new BackupError(`The restore does not match the backup: ${what}. Nothing was changed.`);

/** The migrations must have built exactly the backup's tables, or its data has nowhere to go. */
export async function assertSameTables(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  const built = (await readCatalog(client)).tables.map((t) => t.name).sort();
  const expected = manifest.tables.map((t) => t.name).sort();
  const missing = expected.filter((t) => !built.includes(t));
  const extra = built.filter((t) => !expected.includes(t));
  if (missing.length || extra.length)
    throw mismatch(
      `the schema built from its migrations ${missing.length ? `lacks ${missing.join(', ')}` : ''}${
        missing.length && extra.length ? ' and ' : ''
      }${extra.length ? `has tables the backup does not (${extra.join(', ')})` : ''}`,
    );
}

type Digest = { bytes: number; sha256: string };

/**
 * Before COMMIT: every entry read matches the listing the backup wrote last; every table holds
 * the row count the backup counted; and every table, written back out of the target with COPY,
 * hashes to the backup's bytes — so nothing was lost, added or altered on the way in. The audit
 * chain heads must be the ones the backup saw.
 */
export async function verifyRestored(
  client: pg.ClientBase,
  manifest: Manifest,
  contents: Contents,
  read: { loaded: Map<string, Digest & { copied: number }>; blobs: Map<string, Digest> },
): Promise<void> {
  const listed = contents.tables.map((t) => t.name).join(',');
  if (listed !== manifest.tables.map((t) => t.name).join(','))
    throw mismatch('its table listing disagrees with its manifest');
  for (const [i, expected] of contents.tables.entries()) {
    const loaded = read.loaded.get(expected.name)!;
    if (loaded.sha256 !== expected.sha256 || loaded.bytes !== expected.bytes)
      throw mismatch(`the data of table ${expected.name} is not what the backup wrote (SHA-256 differs)`);
    if (loaded.copied !== expected.rows)
      throw mismatch(
        `table ${expected.name} should have ${expected.rows} rows, ${loaded.copied} were loaded`,
      );
    const now = await tableDigest(client, manifest.tables[i]!);
    if (now.rows !== expected.rows || now.sha256 !== expected.sha256)
      throw mismatch(`table ${expected.name} reads back differently from the backup (${now.rows} rows)`);
  }
  if (contents.blobs.length !== read.blobs.size)
    throw mismatch('the number of blobs differs from its listing');
  for (const blob of contents.blobs) {
    const got = read.blobs.get(blob.path);
    if (!got || got.sha256 !== blob.sha256 || got.bytes !== blob.bytes)
      throw mismatch(`blob ${blob.path} is missing or differs (SHA-256)`);
  }
  if (manifest.tables.some((t) => t.name === 'audit_event')) {
    const heads = JSON.stringify(await readChainHeads(client));
    if (heads !== JSON.stringify(manifest.auditChains))
      throw mismatch('the audit chains end at other events');
  }
}
