import type { ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withSql, type BatteryTarget } from '../battery/battery-database';
import type { BatteryRandom } from '../battery/battery-random';
import { spawnCli, startCorium, waitHealthy } from './corium-process';
import type { SeededNotice, SeededVisit } from './outbox-kill-seed';

/**
 * Outbox workers killed with SIGKILL while they send: on an external PostgreSQL two
 * `corium worker` processes share the outbox; on the embedded one the server runs the worker.
 * A kill comes a random moment after the first message of the run is written, so it lands
 * between sending and committing as often as anywhere else.
 */
interface Workers {
  children: ChildProcess[];
  exited: Promise<unknown>[];
  output(): string;
}

async function startWorkers(target: BatteryTarget, count: number, healthy = false): Promise<Workers> {
  if (target.kind === 'embedded') {
    const corium = await startCorium(target.env);
    if (healthy) await waitHealthy(corium, 90_000);
    return { children: [corium.child], exited: [corium.exited], output: corium.output };
  }
  const runs = Array.from({ length: count }, () => spawnCli(['worker'], target.env));
  let output = '';
  for (const run of runs) run.child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { children: runs.map((r) => r.child), exited: runs.map((r) => r.done), output: () => output };
}

async function stopWorkers(workers: Workers, signal: NodeJS.Signals): Promise<void> {
  for (const child of workers.children) if (child.exitCode === null) child.kill(signal);
  await Promise.all(workers.exited);
}

const mailDir = (target: BatteryTarget) => path.join(target.dataDir, 'mail');
/** The outbox ids of the messages written so far (the file transport names each by its id). */
const mailFiles = async (target: BatteryTarget): Promise<string[]> =>
  (await readdir(mailDir(target)).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.eml'))
    .map((name) => name.slice(0, -'.eml'.length));

/** Due work left in the outbox (from a direct connection: the embedded one outlives a kill). */
const dueJobs = (target: BatteryTarget): Promise<number> =>
  withSql(target, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM outbox WHERE status = 'pending' AND run_at <= now()",
    );
    return Number(rows[0]!.n);
  });

/** Messages on disk whose job has not committed: each will be sent again by the next worker. */
const uncommittedMessages = (target: BatteryTarget, ids: string[]): Promise<string[]> =>
  withSql(target, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      "SELECT id FROM outbox WHERE id = ANY($1::uuid[]) AND status = 'pending'",
      [ids.filter((id) => /^[0-9a-f-]{36}$/.test(id))],
    );
    return rows.map((r) => r.id);
  });

export interface KillRun {
  kills: number;
  /** Messages written by a killed worker before its job committed, so sent again. */
  resent: Set<string>;
}

/** Kills workers until the outbox is drained or `maxKills` is reached. */
export async function killWorkersRepeatedly(
  target: BatteryTarget,
  random: BatteryRandom,
  maxKills: number,
): Promise<KillRun> {
  const run: KillRun = { kills: 0, resent: new Set() };
  while (run.kills < maxKills) {
    const before = (await mailFiles(target)).length;
    const workers = await startWorkers(target, 2);
    // Wait for the first message of this run (20 s at most), then a random moment more: short,
    // so that a fast worker is still mid-run when it dies.
    const deadline = Date.now() + 20_000;
    while ((await mailFiles(target)).length === before && Date.now() < deadline) await sleep(20);
    await sleep(random.between(0, 150));
    await stopWorkers(workers, 'SIGKILL');
    run.kills += 1;
    for (const id of await uncommittedMessages(target, await mailFiles(target))) run.resent.add(id);
    if ((await dueJobs(target)) === 0) break;
  }
  return run;
}

/**
 * One worker left to finish: it runs until nothing due is left, then `check` looks at the
 * result while the database still answers, then the worker is stopped with SIGTERM.
 */
export async function finishOutbox<T>(target: BatteryTarget, check: () => Promise<T>): Promise<T> {
  const workers = await startWorkers(target, 1, true);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const due = await dueJobs(target).catch(() => -1);
    if (due === 0) break;
    if (Date.now() > deadline) throw new Error(`The outbox never drained:\n${workers.output()}`);
    await sleep(200);
  }
  try {
    return await check();
  } finally {
    await stopWorkers(workers, 'SIGTERM');
  }
}

export interface DeliveryReport {
  problems: string[];
  /** Appointment messages of the seed delivered exactly once. */
  deliveredOnce: number;
}

/**
 * Each seeded message that must go out has exactly one file (by outbox id) to its patient, and
 * one logged sending; those that must not (a cancelled visit's confirmation, anything to the
 * erased patient) have none; no job is left failed or undone.
 */
export async function checkDeliveries(
  target: BatteryTarget,
  notices: SeededNotice[],
  visits: SeededVisit[],
): Promise<DeliveryReport> {
  const files = new Set(await mailFiles(target));
  const problems: string[] = [];
  const logged = await withSql(target, async (client) => {
    const dead = await client.query("SELECT id, job, last_error FROM outbox WHERE status = 'dead'");
    problems.push(
      ...dead.rows.map((r) => `job ${String(r.job)} ${String(r.id)} died: ${String(r.last_error)}`),
    );
    const { rows } = await client.query<{ outbox_id: string; n: string }>(
      `SELECT outbox_id, count(*) AS n FROM notification_log WHERE outbox_id = ANY($1::uuid[]) GROUP BY outbox_id`,
      [notices.map((n) => n.outboxId)],
    );
    return new Map(rows.map((r) => [r.outbox_id, Number(r.n)]));
  });
  let deliveredOnce = 0;
  for (const notice of notices) {
    const what = `${notice.kind} ${notice.outboxId} of appointment ${notice.visit.appointmentId}`;
    const file = files.has(notice.outboxId);
    if (!notice.expected) {
      if (file || logged.has(notice.outboxId)) problems.push(`${what} was sent but must not be`);
      continue;
    }
    if (!file || logged.get(notice.outboxId) !== 1) {
      problems.push(`${what}: file ${file}, logged ${logged.get(notice.outboxId) ?? 0} times`);
      continue;
    }
    const eml = await readFile(path.join(mailDir(target), `${notice.outboxId}.eml`), 'utf8');
    if (!eml.includes(`To: ${notice.visit.email}`)) problems.push(`${what} went to someone else`);
    else deliveredOnce += 1;
  }
  problems.push(...(await mailToErased(target, [...files], visits)));
  return { problems, deliveredOnce };
}

/** No message at all, of any kind, reached a patient who was erased. */
async function mailToErased(
  target: BatteryTarget,
  files: string[],
  visits: SeededVisit[],
): Promise<string[]> {
  const erased = visits.filter((v) => v.erased).map((v) => v.email);
  const problems: string[] = [];
  for (const id of files) {
    const eml = await readFile(path.join(mailDir(target), `${id}.eml`), 'utf8');
    for (const email of erased)
      if (eml.includes(email)) problems.push(`message ${id} reached erased ${email}`);
  }
  return problems;
}
