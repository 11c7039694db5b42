import { describe, expect, it } from 'vitest';
import type { MigrationFile } from '../db/migrate';
import type { Manifest } from './manifest';
import { migrationsFor } from './restore-target';

const file = (version: string, checksum: string): MigrationFile => ({
  version,
  name: `m${version}`,
  sql: '',
  checksum,
});
const recorded = (...files: MigrationFile[]) =>
  ({
    coriumVersion: '9.9.9',
    migrations: files.map((f) => ({
      version: f.version,
      name: f.name,
      checksum: f.checksum,
      appliedAt: 'x',
    })),
  }) as Manifest;

describe("the backup's migrations", () => {
  const known = [file('20260101000000', 'a'.repeat(64)), file('20260201000000', 'b'.repeat(64))];

  it("are this Corium's files, in the backup's order; newer ones are left for afterwards", () => {
    expect(migrationsFor(recorded(known[0]!), known, '1.0.0')).toEqual([known[0]]);
  });

  it('refuse a backup from a newer Corium, naming the migration and both versions', () => {
    expect(() =>
      migrationsFor(recorded(...known, file('20260301000000', 'c'.repeat(64))), known, '1.0.0'),
    ).toThrow(
      'This backup was made by a newer Corium (9.9.9): its schema includes migration 20260301000000_m20260301000000, which this Corium (1.0.0) does not know.',
    );
  });

  it('refuse a migration whose content changed since the backup', () => {
    expect(() => migrationsFor(recorded(file('20260101000000', 'f'.repeat(64))), known, '1.0.0')).toThrow(
      'Migration 20260101000000_m20260101000000 differs from the one the backup was made with',
    );
  });
});
