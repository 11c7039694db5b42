import { describe, expect, it } from 'vitest';
import {
  embeddedTarget,
  externalTarget,
  removeDataDir,
  type BatteryTarget,
} from '../battery/battery-database';
import { batteryLong, recordBatteryFigure } from '../battery/battery-figures';
import { batteryRandom } from '../battery/battery-random';
import { startCorium, stopCorium, tempDataDir, waitHealthy } from './corium-process';
import { apiToken, clinicApi, prepareDemoClinic } from './crash-loop';
import { checkDeliveries, finishOutbox, killWorkersRepeatedly } from './outbox-kill';
import { seededNotices, seedVisits } from './outbox-kill-seed';
import { useScratchDatabase } from './scratch-database';

/**
 * Issue 13's outbox under worker kills: appointment messages for the demo clinic's new
 * patients wait in the outbox (some visits cancelled again, one patient erased), and the
 * workers sending them are killed with SIGKILL mid-run, again and again, before one is let
 * finish. Every message due goes out, exactly once per outbox id; a cancelled visit's
 * confirmation and anything for the erased patient never do. On the embedded database the
 * server is the worker; on an external one two `corium worker` processes share the outbox.
 * BATTERY_LONG=1 kills 30 times instead of 6.
 */
const KILLS = batteryLong ? 30 : 6;
const VISITS = batteryLong ? 80 : 32;
const serverUrl = process.env.TEST_DATABASE_URL;
const TIMEOUT_MS = 120_000 + KILLS * 20_000;

async function outboxBattery(target: BatteryTarget, label: string): Promise<void> {
  const key = `outbox-kill${label ? `-${label}` : ''}`;
  const where = label ? ` (${label})` : '';
  // Until the checks below have run, the figure says the run did not finish.
  recordBatteryFigure(key, `outbox under worker kills did not finish${where}`, false);
  const random = batteryRandom();
  const token = await prepareDemoClinic(target);
  const adminToken = await apiToken(target, 'admin@demo.corium.clinic');
  // The messages are queued by an API-only Corium: no worker sends them yet.
  const seeding = await startCorium({ ...target.env, RUN_WORKER: 'false' });
  await waitHealthy(seeding, 90_000);
  const visits = await seedVisits(await clinicApi(seeding, token), adminToken, VISITS);
  const notices = await seededNotices(target, visits);
  expect(await stopCorium(seeding)).toBe(0);

  const run = await killWorkersRepeatedly(target, random, KILLS);
  const report = await finishOutbox(target, () => checkDeliveries(target, notices, visits));
  const expected = notices.filter((n) => n.expected).length;
  const ok = report.problems.length === 0 && report.deliveredOnce === expected;
  recordBatteryFigure(
    key,
    `${run.kills} worker kills, ${report.deliveredOnce} messages exactly once${where}`,
    ok,
  );
  console.log(
    `outbox under kills${where}: seed ${random.seed}, ${run.kills} kills, ${expected} messages due, ` +
      `${notices.length - expected} that must not go, ${run.resent.size} re-sent after a kill`,
  );
  expect(report.problems).toEqual([]);
  expect(report.deliveredOnce).toBe(expected);
  // The seed made both kinds: messages that must go, and confirmations of cancelled visits.
  expect(expected).toBeGreaterThan(VISITS / 2);
  expect(notices.some((n) => !n.expected)).toBe(true);
  expect(run.kills).toBeGreaterThan(0);
  await removeDataDir(target);
}

describe('outbox under worker kills', () => {
  it(
    'delivers every due message exactly once when the server running the worker is killed',
    async () => {
      await outboxBattery(embeddedTarget(await tempDataDir()), '');
    },
    TIMEOUT_MS,
  );

  describe.skipIf(!serverUrl)('on an external PostgreSQL', () => {
    const scratch = useScratchDatabase(serverUrl!, `corium_outbox_${process.pid}`);

    it(
      'delivers every due message exactly once while `corium worker` processes are killed',
      async () => {
        await outboxBattery(externalTarget(await tempDataDir(), scratch.url()), 'external');
      },
      TIMEOUT_MS,
    );
  });
});
