import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { copyMonthly, monthlyCopySql } from '../baselines/monthly-report-baseline';
import { seedAppointments } from '../fixtures/monthly-appointments';
import { interleave, sideOf } from '../lib/ab';
import { waitFor200, type ServerChild } from '../lib/child-server';
import { startCorium, tempDataDir } from '../lib/corium';
import { connectEmbedded } from '../lib/embedded-db';
import { cpuDeltaMs, cpuSnapshot, kbToMb, samplePeaks } from '../lib/measure';
import { maxOrNull, medianOrNull, percentile } from '../lib/stats';
import type { BenchContext, SideSummary, Workload } from '../lib/types';

const RATIO_TARGET = 3;
const RSS_TARGET_MB = 200;
const FROM = '2025-01';
const TO = '2026-12';
const TIME_ZONE = 'Europe/London';

function settingsFor(ctx: BenchContext) {
  const smoke = ctx.mode === 'smoke';
  return {
    rounds: smoke ? 2 : 5,
    exportsPerLeg: smoke ? 1 : 3,
    appointments: smoke ? 20_000 : 100_000,
    patients: 5_000,
    range: `${FROM} to ${TO} (24 months)`,
  };
}
type Settings = ReturnType<typeof settingsFor>;

interface ReportLeg {
  label: string;
  exports: number;
  p50Ms: number;
  maxMs: number;
  bytes: number;
  lines: number;
  cpuMsPerExportApp: number;
  cpuMsPerExportDb: number | null;
  peakRssMbApp: number | null;
  load1: number;
}

interface World {
  client: pg.Client;
  corium: ServerChild;
  token: string;
  copySql: string;
  expectedLines: number;
}

export const monthlyReport: Workload = {
  name: 'monthly-report',
  description:
    'Issue 12 W8: the monthly operations report over 100,000 appointments (24 months, 3 locations, the ' +
    'default services, 30,000 signed sessions with cartridges) as the streamed CSV route of the built Corium ' +
    '(HTTP, API token, audited); baseline: the same figures by COPY (SELECT … GROUP BY …) TO STDOUT through pg-copy-streams.',
  target: [
    {
      text: `CSV p50 ≤ ${RATIO_TARGET}× COPY (SELECT … GROUP BY …)`,
      check: (c, b) => {
        const ratio = (c.p50Ms ?? NaN) / (b.p50Ms ?? NaN);
        return { met: ratio <= RATIO_TARGET, actual: `${ratio.toFixed(2)}×` };
      },
    },
    {
      text: `Corium peak RSS ≤ ${RSS_TARGET_MB} MB`,
      check: (c) => {
        const peak = c.maxRssMbApp ?? c.rssMbApp ?? NaN;
        return { met: peak <= RSS_TARGET_MB, actual: `${peak.toFixed(0)} MB` };
      },
    },
  ],
  run: async (ctx) => {
    const settings = settingsFor(ctx);
    const dataDir = await tempDataDir();
    const corium = await startCorium({ dataDir: dataDir.path, databaseUrl: ctx.databaseUrl });
    let client: pg.Client | undefined;
    try {
      const clinicId = await onboard(corium);
      client = ctx.databaseUrl
        ? new pg.Client({ connectionString: ctx.databaseUrl })
        : await connectEmbedded(dataDir.path);
      client.on('error', () => undefined);
      if (ctx.databaseUrl) await client.connect();
      const world = await prepare(ctx, corium, client, clinicId, settings);
      const legs = await interleave(
        settings.rounds,
        {
          contender: () => leg(world, 'contender', settings),
          baseline: () => leg(world, 'baseline', settings),
        },
        ctx.log,
      );
      // The client goes first: stopping Corium stops its embedded database under it.
      await client.end();
      client = undefined;
      const exit = await corium.stop();
      const lifetimePeakMb = kbToMb(exit.time?.maxRssKb ?? null);
      return {
        contender: summarize('streamed CSV route (HTTP)', sideOf(legs, 'contender'), lifetimePeakMb),
        baseline: summarize(
          'COPY … TO STDOUT (pg)',
          sideOf(legs, 'baseline'),
          kbToMb(process.resourceUsage().maxRSS),
        ),
        settings: { ...settings, database: ctx.databaseUrl ? 'external (BENCH_DATABASE_URL)' : 'embedded' },
        legs,
        notes: notes(sideOf(legs, 'contender'), sideOf(legs, 'baseline'), world),
      };
    } finally {
      await client?.end();
      await corium.stop();
      await dataDir.remove();
    }
  },
};

async function onboard(corium: ServerChild): Promise<string> {
  await waitFor200(corium, '/healthz');
  const setup = await fetch(`${corium.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clinicName: 'Bench Clinic',
      timeZone: TIME_ZONE,
      admin: {
        displayName: 'Bench Admin',
        email: 'admin@bench.invalid',
        password: 'bench clinic long passphrase',
      },
    }),
  });
  if (setup.status !== 201)
    throw new Error(`POST /api/setup answered ${setup.status}: ${await setup.text()}`);
  return ((await setup.json()) as { clinic: { id: string } }).clinic.id;
}

/** Seeds, gives the admin an API token (only its SHA-256 is stored, as Corium does) and checks both sides agree. */
async function prepare(
  ctx: BenchContext,
  corium: ServerChild,
  client: pg.Client,
  clinicId: string,
  settings: Settings,
): Promise<World> {
  const began = performance.now();
  ctx.log(`  seeding ${settings.appointments.toLocaleString('en-US')} appointments`);
  await seedAppointments(client, {
    clinicId,
    appointments: settings.appointments,
    patients: settings.patients,
    // Midnight in London (UTC in winter): the 730 days end exactly with December 2026.
    firstStart: '2025-01-01T00:00:00Z',
  });
  ctx.log(`  seeded in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  const token = randomBytes(32).toString('base64url');
  await client.query(
    `INSERT INTO api_token (id, clinic_id, user_id, name, token_hash)
     SELECT gen_random_uuid(), clinic_id, id, 'W8 bench', $2 FROM app_user WHERE clinic_id = $1 AND role = 'admin'`,
    [clinicId, createHash('sha256').update(token).digest()],
  );
  const copySql = monthlyCopySql(clinicId, '2025-01-01', '2027-01-01', TIME_ZONE);
  const grid = await client.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM location WHERE clinic_id = $1) * (SELECT count(*) FROM service WHERE clinic_id = $1) * 24 AS n`,
    [clinicId],
  );
  const world = { client, corium, token, copySql, expectedLines: Number(grid.rows[0]!.n) + 1 };
  await check(world);
  return world;
}

/** The CSV counts every seeded appointment and signed session; the COPY returns rows too. */
async function check(w: World): Promise<void> {
  const csv = await fetchCsv(w, true);
  if (csv.lines !== w.expectedLines)
    throw new Error(`the CSV has ${csv.lines} lines, expected ${w.expectedLines}`);
  // Counted from the end of each line: the names before may hold quoted commas.
  const sum = (column: number) =>
    csv
      .text!.trim()
      .split(/\r?\n/)
      .slice(1)
      .reduce((n, line) => n + Number(line.split(',').at(column)), 0);
  const { rows } = await w.client.query<{ appointments: string; sessions: string }>(
    `SELECT (SELECT count(*) FROM appointment WHERE clinic_id = t.clinic_id) AS appointments,
            (SELECT count(*) FROM treatment_session WHERE clinic_id = t.clinic_id AND signed_at IS NOT NULL) AS sessions
       FROM api_token t WHERE t.name = 'W8 bench'`,
  );
  if (sum(-8) !== Number(rows[0]!.appointments))
    throw new Error(`the CSV counts ${sum(-8)} appointments of ${rows[0]!.appointments}`);
  if (sum(-3) !== Number(rows[0]!.sessions))
    throw new Error(`the CSV counts ${sum(-3)} signed sessions of ${rows[0]!.sessions}`);
  const copy = await copyMonthly(w.client, w.copySql);
  if (copy.lines < 2) throw new Error('the COPY returned no rows');
}

async function fetchCsv(
  w: World,
  keepText = false,
): Promise<{ bytes: number; lines: number; text?: string }> {
  const response = await fetch(`${w.corium.url}/api/reports/operations.csv?from=${FROM}&to=${TO}`, {
    headers: { authorization: `Bearer ${w.token}` },
  });
  if (response.status !== 200)
    throw new Error(`the CSV route answered ${response.status}: ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
    if (keepText) text += decoder.decode(chunk, { stream: true });
  }
  return keepText ? { bytes, lines, text } : { bytes, lines };
}

async function leg(w: World, side: 'contender' | 'baseline', settings: Settings): Promise<ReportLeg> {
  const times: number[] = [];
  let last = { bytes: 0, lines: 0 };
  const cpuBefore = process.cpuUsage();
  const before = cpuSnapshot(w.corium);
  const peaks = samplePeaks(w.corium, 100);
  for (let i = 0; i < settings.exportsPerLeg; i++) {
    const start = performance.now();
    last = side === 'contender' ? await fetchCsv(w) : await copyMonthly(w.client, w.copySql);
    times.push(performance.now() - start);
  }
  const peak = peaks.stop();
  const delta = cpuDeltaMs(before, cpuSnapshot(w.corium));
  const harness = process.cpuUsage(cpuBefore);
  const appMs = side === 'contender' ? delta.appMs : (harness.user + harness.system) / 1000;
  return {
    label: side,
    exports: times.length,
    p50Ms: percentile(times, 50),
    maxMs: Math.max(...times),
    ...last,
    cpuMsPerExportApp: appMs / times.length,
    cpuMsPerExportDb: delta.dbMs === null ? null : delta.dbMs / times.length,
    peakRssMbApp: side === 'contender' ? kbToMb(peak.appRssKb) : kbToMb(process.memoryUsage().rss / 1024),
    load1: os.loadavg()[0]!,
  };
}

function summarize(label: string, legs: ReportLeg[], lifetimePeakMb: number | null): SideSummary {
  const p50 = medianOrNull(legs.map((l) => l.p50Ms));
  return {
    label,
    op: 'export',
    opsPerSec: p50 === null ? null : 1000 / p50,
    p50Ms: p50,
    p99Ms: maxOrNull(legs.map((l) => l.maxMs)),
    cpuMsPerOpApp: medianOrNull(legs.map((l) => l.cpuMsPerExportApp)),
    cpuMsPerOpDb: medianOrNull(legs.map((l) => l.cpuMsPerExportDb)),
    rssMbApp: maxOrNull(legs.map((l) => l.peakRssMbApp)),
    rssMbDb: null,
    maxRssMbApp: lifetimePeakMb,
    load1: medianOrNull(legs.map((l) => l.load1)),
  };
}

function notes(contender: ReportLeg[], baseline: ReportLeg[], w: World): string[] {
  const first = (legs: ReportLeg[]) => legs[0] ?? { bytes: 0, lines: 0 };
  return [
    `The CSV route wrote ${first(contender).lines} lines (${first(contender).bytes} bytes: every month × location × service, ` +
      `zeros included, with names) against COPY's ${first(baseline).lines} lines (${first(baseline).bytes} bytes, ids, ` +
      `cells with visits only). Before timing, the CSV was checked to have ${w.expectedLines} lines and to count every seeded ` +
      'appointment and signed session.',
    'The route queries one month at a time (24 grouped queries over appointment_clinic_starts_idx and ' +
      'treatment_session_signed_starts_idx), so its memory holds one month of the grid; it also resolves the API ' +
      'token, writes one audit event and sends over HTTP. COPY is one statement whose CSV PostgreSQL formats itself.',
    '"p99 ms" is the slowest export of any leg; "max RSS MB (time)" is Corium’s lifetime peak from /usr/bin/time ' +
      '(start, the check and every leg) — for the baseline, the harness process’s own peak.',
  ];
}
