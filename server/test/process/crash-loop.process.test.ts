import { describe, it, type ExpectStatic } from 'vitest';
import {
  embeddedTarget,
  externalTarget,
  removeDataDir,
  type BatteryTarget,
} from '../battery/battery-database';
import { batteryLong, recordBatteryFigure } from '../battery/battery-figures';
import { batteryRandom } from '../battery/battery-random';
import { prepareDemoClinic, runCrashLoop, type CrashLoopResult } from './crash-loop';
import { tempDataDir } from './corium-process';
import { useScratchDatabase } from './scratch-database';

/**
 * Issue 13's crash loop, on the embedded PostgreSQL and (with TEST_DATABASE_URL) an external
 * one: the demo clinic registers patients, books them, has them sign consents and takes their
 * photos while Corium is killed with SIGKILL at random moments; after every restart each
 * acknowledged write must read back intact and nothing may be half done. At the end amcheck
 * finds every B-tree index sound, the audit chains verify, and the photo reconcile leaves
 * files and rows matching one to one. BATTERY_LONG=1 runs 200 kills instead of 20;
 * BATTERY_SEED replays a run's kill moments; CRASH_LOOP_ROUNDS sets the kills outright.
 */
const ROUNDS = Number(process.env.CRASH_LOOP_ROUNDS ?? (batteryLong ? 200 : 20));
const serverUrl = process.env.TEST_DATABASE_URL;
// A round is a start (with recovery), a few seconds of writes and the checks: 4–10 s here.
const TIMEOUT_MS = 120_000 + ROUNDS * 25_000;
let auditChainsOk = true;

async function crashLoop(target: BatteryTarget, label: string): Promise<CrashLoopResult> {
  const random = batteryRandom();
  const where = label ? ` (${label})` : '';
  let result: CrashLoopResult;
  try {
    result = await runCrashLoop(target, await prepareDemoClinic(target), ROUNDS, random);
  } catch (error) {
    // A loop that could not finish (a start that never came back) still shows on the battery line.
    recordBatteryFigure(`crash-loop${label ? `-${label}` : ''}`, `crash loop did not finish${where}`, false);
    throw error;
  }
  const ok = result.lost.length === 0 && result.problems.length === 0;
  recordBatteryFigure(
    `crash-loop${label ? `-${label}` : ''}`,
    `${result.kills} kills ${result.lost.length} lost${where}`,
    ok,
  );
  auditChainsOk &&= result.auditVerify.code === 0;
  recordBatteryFigure('audit-chain', auditChainsOk ? 'audit chain ok' : 'audit chain BROKEN', auditChainsOk);
  console.log(
    `crash loop${where}: seed ${random.seed}, ${result.kills} kills, ${result.acknowledged.length} acknowledged writes, ` +
      `${result.indexesChecked} indexes checked, ${result.reconcile.orphansRemoved} orphaned photo files reconciled`,
  );
  return result;
}

/** With the test's own `expect`: the two databases' loops run side by side. */
function expectSurvived(expect: ExpectStatic, result: CrashLoopResult): void {
  expect(result.kills).toBeGreaterThanOrEqual(ROUNDS);
  expect(result.lost).toEqual([]);
  expect(result.problems).toEqual([]);
  const kinds = new Set(result.acknowledged.map((a) => a.kind));
  // Each kind of write was acknowledged (and so checked) at least once over the rounds.
  expect([...kinds].sort()).toEqual(['appointment', 'consent', 'patient', 'photo']);
  expect(result.indexesChecked).toBeGreaterThan(100);
  expect(result.auditVerify.code, result.auditVerify.output).toBe(0);
  expect(result.auditVerify.output).toMatch(/Audit log intact: \d+ events verified/);
  expect(result.reconcile.photosWithoutFiles).toEqual([]);
}

// Both loops at once: most of a round is waiting for a start, so together they take little
// longer than one.
describe.concurrent('crash loop', () => {
  const scratch = serverUrl ? useScratchDatabase(serverUrl, `corium_crash_${process.pid}`) : undefined;

  it(
    `keeps every acknowledged write through ${ROUNDS} kills on the embedded PostgreSQL`,
    async ({ expect }) => {
      const target = embeddedTarget(await tempDataDir());
      expectSurvived(expect, await crashLoop(target, ''));
      await removeDataDir(target);
    },
    TIMEOUT_MS,
  );

  it.skipIf(!scratch)(
    `keeps every acknowledged write through ${ROUNDS} kills of the app on an external PostgreSQL`,
    async ({ expect }) => {
      const target = externalTarget(await tempDataDir(), scratch!.url());
      expectSurvived(expect, await crashLoop(target, 'external'));
      await removeDataDir(target);
    },
    TIMEOUT_MS,
  );
});
