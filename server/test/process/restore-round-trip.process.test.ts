import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  embeddedTarget,
  externalTarget,
  removeDataDir,
  type BatteryTarget,
} from '../battery/battery-database';
import { recordBatteryFigure } from '../battery/battery-figures';
import { batteryRandom } from '../battery/battery-random';
import { fingerprint, withDatabaseOpen, type Fingerprint } from '../battery/database-fingerprint';
import { runCli, startCorium, stopCorium, tempDataDir, waitHealthy } from './corium-process';
import { acknowledgedProblems } from './crash-checks';
import { clinicApi, prepareDemoClinic } from './crash-loop';
import { driveWrites, type WriteLog } from './crash-writes';
import { useScratchDatabase } from './scratch-database';

/**
 * Issue 13's backup round trip: the demo clinic after a few minutes' work (new patients,
 * bookings, signed consents, photos, messages sent, an audit trail) is backed up encrypted and
 * restored into a new embedded data folder — and, with TEST_DATABASE_URL, into an external
 * PostgreSQL. Every table's row count and content hash, every photo file's SHA-256 and every
 * audit chain's head must be identical, the chains verify, and the restored Corium serves each
 * write the clinic made as it was acknowledged.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const PASSPHRASE = 'battery round trip passphrase';
const SLOW = 240_000;
const outcomes: boolean[] = [];
afterAll(async () => {
  if (outcomes.length > 0 && outcomes.every(Boolean)) await removeDataDir(source);
});

let source: BatteryTarget;
let token = '';
let backupFile = '';
let before: Fingerprint;
const log: WriteLog = { acknowledged: [], unexpected: [] };

async function cli(args: string[], env: Record<string, string>): Promise<string> {
  const { code, output } = await runCli(args, env);
  expect(code, output).toBe(0);
  return output;
}

/** The clinic at work until it has made at least this many photos, then stopped cleanly. */
async function seedWork(target: BatteryTarget, photos: number): Promise<void> {
  const corium = await startCorium(target.env);
  await waitHealthy(corium, 90_000);
  // Writes are picked at random: go on until every kind is there, not just enough photos.
  const count = (kind: string) => log.acknowledged.filter((a) => a.kind === kind).length;
  const enough = () =>
    count('photo') >= photos && ['patient', 'appointment', 'consent'].every((kind) => count(kind) > 0);
  const options = { lanes: 2, counter: { next: 0 }, fromDay: 1, until: enough };
  await driveWrites(await clinicApi(corium, token), log, batteryRandom(), options);
  expect(await stopCorium(corium)).toBe(0);
  expect(log.unexpected).toEqual([]);
}

beforeAll(async () => {
  source = embeddedTarget(await tempDataDir());
  token = await prepareDemoClinic(source);
  await seedWork(source, 6);
  backupFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'corium-round-trip-')), 'clinic.corium');
  await cli(['backup', backupFile, '--encrypt'], { ...source.env, CORIUM_BACKUP_PASSPHRASE: PASSPHRASE });
  before = await withDatabaseOpen(source, () => fingerprint(source));
  const rows = Object.values(before.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `round trip: ${Object.keys(before.tables).length} tables, ${rows} rows, ` +
      `${Object.keys(before.photos).length} photos, ${Object.keys(before.auditHeads).length} audit chains`,
  );
}, SLOW);

/** Restores the backup into `target` and checks it is the same clinic, serving the same writes. */
async function roundTrip(target: BatteryTarget): Promise<void> {
  let ok = false;
  try {
    await cli(['restore', backupFile], { ...target.env, CORIUM_BACKUP_PASSPHRASE: PASSPHRASE });
    const after = await withDatabaseOpen(target, () => fingerprint(target));
    expect(after.tables).toEqual(before.tables);
    expect(after.photos).toEqual(before.photos);
    expect(after.auditHeads).toEqual(before.auditHeads);
    expect(await cli(['audit', 'verify'], target.env)).toMatch(/Audit log intact: \d+ events verified/);

    const corium = await startCorium(target.env);
    try {
      await waitHealthy(corium, 90_000);
      expect(await (await fetch(`${corium.url}/healthz`)).json()).toMatchObject({ status: 'ok' });
      expect(await acknowledgedProblems(await clinicApi(corium, token), target, log.acknowledged)).toEqual(
        [],
      );
    } finally {
      expect(await stopCorium(corium)).toBe(0);
    }
    await removeDataDir(target);
    ok = true;
  } finally {
    outcomes.push(ok);
    const all = outcomes.every(Boolean);
    recordBatteryFigure('restore', all ? 'restore ok' : 'restore FAILED', all);
  }
}

describe('backup and restore round trip', () => {
  it(
    'restores a working clinic into a new embedded data folder with every table, photo and audit chain identical',
    async () => {
      // The seed made the clinic's everyday records, and each photo's files match their hash.
      expect(new Set(log.acknowledged.map((a) => a.kind))).toEqual(
        new Set(['patient', 'appointment', 'consent', 'photo']),
      );
      expect(Object.values(before.photos).every((p) => p.image === p.recorded)).toBe(true);
      expect(before.tables.audit_event!.rows).toBeGreaterThan(log.acknowledged.length);
      await roundTrip(embeddedTarget(await tempDataDir()));
    },
    SLOW,
  );

  describe.skipIf(!serverUrl)('into an external PostgreSQL', () => {
    const scratch = useScratchDatabase(serverUrl!, `corium_round_trip_${process.pid}`);

    it(
      'restores the embedded clinic into an external PostgreSQL with everything identical',
      async () => {
        await roundTrip(externalTarget(await tempDataDir(), scratch.url()));
      },
      SLOW,
    );
  });
});
