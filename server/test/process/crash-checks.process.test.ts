import { mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ORPHAN_AGE_MS } from '../../src/modules/photos/photo-reconcile';
import { embeddedTarget, withSql } from '../battery/battery-database';
import { batteryRandom } from '../battery/battery-random';
import { startCorium, stopCorium, tempDataDir, waitHealthy, type CoriumProcess } from './corium-process';
import { acknowledgedProblems, halfDoneProblems } from './crash-checks';
import { clinicApi, prepareDemoClinic } from './crash-loop';
import { driveWrites, type Acknowledged, type WriteLog } from './crash-writes';

/**
 * The crash loop's checks must see what they look for, or a green crash loop means nothing:
 * a changed patient, a photo whose file went, a booking whose confirmation went and an old
 * file without a photo are each reported.
 */
const running: CoriumProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((c) => stopCorium(c)));
});

const first = <K extends Acknowledged['kind']>(log: WriteLog, kind: K) =>
  log.acknowledged.find((a): a is Extract<Acknowledged, { kind: K }> => a.kind === kind)!;

describe('the crash loop checks', () => {
  it('report a changed write, a photo without its file, a booking without its message and an old orphan file', async () => {
    const target = embeddedTarget(await tempDataDir());
    const token = await prepareDemoClinic(target);
    const corium = await startCorium(target.env);
    running.push(corium);
    await waitHealthy(corium, 90_000);
    const api = await clinicApi(corium, token);
    const log: WriteLog = { acknowledged: [], unexpected: [] };
    const driving = driveWrites(api, log, batteryRandom(), { lanes: 1, counter: { next: 0 }, fromDay: 1 });
    // One write of each kind acknowledged, then the kill.
    while (new Set(log.acknowledged.map((a) => a.kind)).size < 4) await sleep(50);
    corium.child.kill('SIGKILL');
    await driving;
    const restarted = await startCorium(target.env);
    running.push(restarted);
    await waitHealthy(restarted, 90_000);
    const live = { ...api, url: restarted.url };
    expect(await acknowledgedProblems(live, target, log.acknowledged)).toEqual([]);
    expect(await halfDoneProblems(target, ORPHAN_AGE_MS)).toEqual([]);

    const patient = first(log, 'patient');
    const appointment = first(log, 'appointment');
    const photo = first(log, 'photo');
    const keys = await withSql(target, async (client) => {
      await client.query("UPDATE patient SET family_name = 'Changed' WHERE id = $1", [patient.id]);
      await client.query(
        `DELETE FROM outbox WHERE payload->'visits' @> jsonb_build_array(jsonb_build_object('appointmentId', $1::text))`,
        [appointment.id],
      );
      return (await client.query('SELECT image_key FROM photo WHERE id = $1', [photo.id])).rows[0].image_key;
    });
    await rm(path.join(target.dataDir, 'blobs', keys as string));
    const orphan = path.join(target.dataDir, 'blobs', 'photos', '00', '0'.repeat(64));
    await mkdir(path.dirname(orphan), { recursive: true });
    await writeFile(orphan, 'left behind');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(orphan, twoHoursAgo, twoHoursAgo);

    const lost = await acknowledgedProblems(live, target, log.acknowledged);
    expect(lost).toContain(`patient ${patient.id}: familyName changed`);
    expect(lost.some((p) => p.startsWith(`photo ${photo.id}: its image answers`))).toBe(true);
    const halfDone = await halfDoneProblems(target, ORPHAN_AGE_MS);
    expect(halfDone).toContain(`appointment ${appointment.id} has no confirmation in the outbox`);
    expect(halfDone).toContain(`photo ${photo.id} has no file ${keys as string}`);
    expect(halfDone).toContain(`file photos/00/${'0'.repeat(64)} outlived the grace`);
  }, 180_000);
});
