import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { buildDeps } from '../../src/deps';
import {
  ORPHAN_AGE_MS,
  reconcilePhotoFiles,
  type ReconcileReport,
} from '../../src/modules/photos/photo-reconcile';
import { loadConfig } from '../../src/platform/config/config';
import { amcheckBtreeIndexes, type BatteryTarget } from '../battery/battery-database';
import type { BatteryRandom } from '../battery/battery-random';
import { acknowledgedProblems, halfDoneProblems } from './crash-checks';
import { driveWrites, type Acknowledged, type ClinicApi, type WriteLog } from './crash-writes';
import { runCli, startCorium, stopCorium, waitHealthy, type CoriumProcess } from './corium-process';

/**
 * Issue 13's crash loop: a demo clinic at work, Corium killed with SIGKILL at a random moment
 * while requests are in flight, started again, and checked — every round.
 */
export interface CrashLoopResult {
  /** Every SIGKILL: one a round while writes are in flight, and some of the starts after. */
  kills: number;
  /** Acknowledged writes missing or changed after a restart (distinct writes). */
  lost: string[];
  /** Half-done work, unexpected answers, a start that failed to clean up after the kill. */
  problems: string[];
  acknowledged: Acknowledged[];
  /** B-tree indexes amcheck found sound after the last round. */
  indexesChecked: number;
  auditVerify: { code: number | null; output: string };
  reconcile: ReconcileReport;
}

const DIRECTOR = 'director@demo.corium.clinic';
/** Lanes writing at once: enough that most kills land on requests in flight. */
const LANES = 3;
/**
 * A kill comes 0–1.5 s after the round's first acknowledged write, with every lane still
 * busy: mid-request, mid-transaction, mid-file.
 */
const KILL_AFTER_MS: [number, number] = [0, 1_500];
/** After one kill in five, the next start is killed too, 0.2–3 s in (a start takes 2–5 s here). */
const STARTUP_KILL_SHARE = 0.2;
const STARTUP_KILL_AFTER_MS: [number, number] = [200, 3_000];

async function cli(args: string[], env: Record<string, string>): Promise<string> {
  const { code, output } = await runCli(args, env);
  if (code !== 0) throw new Error(`corium ${args.join(' ')} exited ${code}:\n${output}`);
  return output;
}

/** An API token for one of the demo clinic's accounts, made with `corium token create`. */
export async function apiToken(target: BatteryTarget, email: string): Promise<string> {
  const printed = await cli(['token', 'create', '--user', email, '--expires', 'never'], target.env);
  return /^crm_[A-Za-z0-9_-]{20,200}$/m.exec(printed)![0];
}

/** The demo clinic (services, rooms, hours) and an API token of its medical director. */
export async function prepareDemoClinic(target: BatteryTarget): Promise<string> {
  await cli(['demo'], target.env);
  return apiToken(target, DIRECTOR);
}

/** The clinic as the writers use it: its consultation service and its one location. */
export async function clinicApi(corium: CoriumProcess, token: string): Promise<ClinicApi> {
  const headers = { authorization: `Bearer ${token}` };
  const services = (await (await fetch(`${corium.url}/api/booking/services`, { headers })).json()) as {
    services: { id: string; code: string }[];
  };
  const resources = (await (await fetch(`${corium.url}/api/booking/resources`, { headers })).json()) as {
    locations: { id: string }[];
  };
  const consultation = services.services.find((s) => s.code === 'consultation')!;
  return { url: corium.url, token, serviceId: consultation.id, locationId: resources.locations[0]!.id };
}

/** The embedded PostgreSQL a killed Corium left running (not a zombie), if there is one. */
function orphanedPostgres(target: BatteryTarget): boolean {
  if (target.kind !== 'embedded') return false;
  try {
    const pid = readFileSync(path.join(target.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0];
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.includes('(postgres)') && stat.split(') ')[1]![0] !== 'Z';
  } catch {
    return false;
  }
}

async function start(target: BatteryTarget, problems: string[]): Promise<CoriumProcess> {
  const orphan = orphanedPostgres(target);
  const corium = await startCorium(target.env);
  await waitHealthy(corium, 90_000);
  // The killed Corium's PostgreSQL outlives it; the next start must find and stop it first.
  if (orphan && !corium.output().includes('stopping an orphaned embedded'))
    problems.push(`start after a kill did not stop the orphaned PostgreSQL:\n${corium.output()}`);
  return corium;
}

/** Killed while starting: stopping an orphan, recovering, migrating or just listening. */
async function killWhileStarting(target: BatteryTarget, random: BatteryRandom): Promise<void> {
  const corium = await startCorium(target.env);
  await sleep(random.between(...STARTUP_KILL_AFTER_MS));
  await stopCorium(corium, 'SIGKILL');
}

/** Reconciles the photo files as the hourly job will, an hour and a minute from now. */
async function reconcileLater(target: BatteryTarget): Promise<{ report: ReconcileReport; after: string[] }> {
  const config = loadConfig({ ...target.env, LOG_LEVEL: 'silent' });
  const runtime = await buildDeps(config, pino({ level: 'silent' }));
  try {
    const later = { now: () => new Date(Date.now() + ORPHAN_AGE_MS + 60_000) };
    const report = await reconcilePhotoFiles({ ...runtime.deps, clock: later });
    // With no grace left, any file still without a row is one the reconcile missed.
    return { report, after: await halfDoneProblems(target, 0) };
  } finally {
    await runtime.close();
  }
}

const idsOf = (problems: string[]) => new Set(problems.map((p) => p.split(':')[0]!));

export async function runCrashLoop(
  target: BatteryTarget,
  token: string,
  rounds: number,
  random: BatteryRandom,
): Promise<CrashLoopResult> {
  const problems: string[] = [];
  const lost = new Set<string>();
  const log: WriteLog = { acknowledged: [], unexpected: [] };
  const counter = { next: 0 };
  let kills = 0;
  let corium = await start(target, problems);
  for (let round = 0; round < rounds; round++) {
    const api = await clinicApi(corium, token);
    const before = log.acknowledged.length;
    const booked = log.acknowledged.filter((a) => a.kind === 'appointment').length;
    // About a day's consultations per fifteen bookings: the window moves on as days fill.
    const driving = driveWrites(api, log, random, {
      lanes: LANES,
      counter,
      fromDay: 1 + Math.floor(booked / 15),
    });
    // Some work acknowledged first (however slow the machine), then a random moment more.
    const deadline = Date.now() + 30_000;
    while (log.acknowledged.length === before && Date.now() < deadline) await sleep(20);
    await sleep(random.between(...KILL_AFTER_MS));
    await stopCorium(corium, 'SIGKILL');
    await driving;
    kills += 1;
    if (random.next() < STARTUP_KILL_SHARE) {
      await killWhileStarting(target, random);
      kills += 1;
    }
    corium = await start(target, problems);
    const fresh = log.acknowledged.slice(before);
    const roundApi = { ...api, url: corium.url };
    for (const id of idsOf(await acknowledgedProblems(roundApi, target, fresh)))
      lost.add(`round ${round}: ${id}`);
    problems.push(...(await halfDoneProblems(target, ORPHAN_AGE_MS)).map((p) => `round ${round}: ${p}`));
  }
  const api = await clinicApi(corium, token);
  for (const id of idsOf(await acknowledgedProblems(api, target, log.acknowledged)))
    lost.add(`at the end: ${id}`);
  const indexesChecked = await amcheckBtreeIndexes(target);
  if ((await stopCorium(corium)) !== 0) problems.push(`Corium did not stop cleanly:\n${corium.output()}`);
  const auditVerify = await runCli(['audit', 'verify'], target.env);
  const { report, after } = await reconcileLater(target);
  problems.push(...log.unexpected, ...after.map((p) => `after reconcile: ${p}`));
  return {
    kills,
    lost: [...lost],
    problems,
    acknowledged: log.acknowledged,
    indexesChecked,
    auditVerify,
    reconcile: report,
  };
}
