import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freeLoopbackPort } from '../../server/src/platform/db/embedded/embedded-postgres';
import { seedCalendar, seedPatients, type Calendar } from '../fixtures/clinic-seed';
import { spawnServer, waitFor200, type ServerChild } from './child-server';
import { postmasterPidOf, repoRoot, startCorium, tempDataDir, type DataDir } from './corium';
import { connectEmbedded } from './embedded-db';
import type { BenchContext } from './types';

const ADMIN_EMAIL = 'admin@bench.invalid';
const rawServer = path.join(repoRoot, 'bench/baselines/raw-clinic-server.mjs');
const coriumCli = path.join(repoRoot, 'server/dist/cli.js');

/**
 * One seeded clinic served twice: by the built Corium (FHIR API, bearer token) and by the raw
 * Fastify + pg baseline on the same database. Both servers are running when it is returned.
 */
export interface ClinicWorld {
  corium: ServerChild;
  raw: ServerChild;
  clinicId: string;
  /** `Authorization: Bearer …` for the clinic's admin, made by `corium token create`. */
  token: string;
  patientIds: string[];
  calendar: Calendar | null;
  /** A client on the same database, for checks and EXPLAIN. */
  client: pg.Client;
  database: 'embedded' | 'external';
  close(): Promise<void>;
}

export interface WorldOptions {
  patients: number;
  calendar?: { practitioners: number; days: number; firstDay: Date };
}

/** Every resource the world holds, released in reverse order whatever step failed. */
class Cleanup {
  private steps: (() => Promise<unknown>)[] = [];
  add(step: () => Promise<unknown>): void {
    this.steps.unshift(step);
  }
  async run(): Promise<void> {
    for (const step of this.steps) await step().catch(() => undefined);
  }
}

export async function openClinicWorld(ctx: BenchContext, options: WorldOptions): Promise<ClinicWorld> {
  const cleanup = new Cleanup();
  try {
    const dataDir = await tempDataDir();
    cleanup.add(() => dataDir.remove());
    const scratch = ctx.databaseUrl ? await scratchDatabase(ctx.databaseUrl) : null;
    if (scratch) cleanup.add(scratch.drop);
    ctx.log(`  starting Corium (${scratch ? `scratch database ${scratch.name}` : 'embedded PostgreSQL'})`);
    const corium = await startCorium({ dataDir: dataDir.path, databaseUrl: scratch?.url });
    cleanup.add(() => corium.stop());
    await waitFor200(corium, '/healthz');
    const clinicId = await onboard(corium);
    const client = scratch
      ? new pg.Client({ connectionString: scratch.url })
      : await connectEmbedded(dataDir.path);
    if (scratch) await client.connect();
    // Corium stops its embedded PostgreSQL when the legs end, before this client is closed.
    client.on('error', () => undefined);
    cleanup.add(() => client.end());
    const calendar = await seed(ctx, client, clinicId, options);
    const token = await createToken(scratch?.url ?? embeddedUrl(client), dataDir);
    const { rows } = await client.query<{ id: string }>('SELECT id FROM patient WHERE clinic_id = $1', [
      clinicId,
    ]);
    const raw = await startRaw(
      client,
      clinicId,
      scratch ? null : () => postmasterPidOf(dataDir.path, corium.appPid),
    );
    cleanup.add(() => raw.stop());
    const database = scratch ? 'external' : 'embedded';
    const patientIds = rows.map((r) => r.id);
    return {
      corium,
      raw,
      clinicId,
      token,
      patientIds,
      calendar,
      client,
      database,
      close: () => cleanup.run(),
    };
  } catch (error) {
    await cleanup.run();
    throw error;
  }
}

async function seed(ctx: BenchContext, client: pg.Client, clinicId: string, options: WorldOptions) {
  const began = performance.now();
  const seconds = () => ((performance.now() - began) / 1000).toFixed(1);
  await seedPatients(client, clinicId, options.patients);
  ctx.log(`  seeded ${options.patients.toLocaleString('en-US')} patients in ${seconds()} s`);
  const calendar = options.calendar ? await seedCalendar(client, clinicId, options.calendar) : null;
  await client.query('ANALYZE');
  if (calendar)
    ctx.log(`  seeded ${calendar.appointments.toLocaleString('en-US')} appointments by ${seconds()} s`);
  return calendar;
}

/** First start: the clinic and its admin through `POST /api/setup`, as a new clinic does it. */
async function onboard(corium: ServerChild): Promise<string> {
  const setup = await fetch(`${corium.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clinicName: 'Bench Clinic',
      timeZone: 'Europe/London',
      admin: { displayName: 'Bench Admin', email: ADMIN_EMAIL, password: 'bench clinic long passphrase' },
    }),
  });
  if (setup.status !== 201)
    throw new Error(`POST /api/setup answered ${setup.status}: ${await setup.text()}`);
  return ((await setup.json()) as { clinic: { id: string } }).clinic.id;
}

/** The token as an operator makes one: `corium token create`, on the same database. */
async function createToken(databaseUrl: string, dataDir: DataDir): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [coriumCli, 'token', 'create', '--user', ADMIN_EMAIL, '--expires', '1d', '--name', 'bench'],
    { env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir.path, LOG_LEVEL: 'warn' } },
  );
  const token = stdout.trim();
  if (!/^crm_[A-Za-z0-9_-]{20,}$/.test(token)) throw new Error(`corium token create printed: ${stdout}`);
  return token;
}

const secretOf = (client: pg.Client): string => (client as unknown as { password: string }).password;

/** The embedded server as a URL (its socket directory in `host=`), for the CLI and the baseline. */
function embeddedUrl(client: pg.Client): string {
  const password = encodeURIComponent(secretOf(client));
  const socket = client.host.startsWith('/') ? `?host=${encodeURIComponent(client.host)}` : '';
  const host = socket ? 'localhost' : client.host;
  return `postgresql://${client.user}:${password}@${host}:${client.port}/${client.database}${socket}`;
}

async function startRaw(
  client: pg.Client,
  clinicId: string,
  postmasterPid: (() => number | null) | null,
): Promise<ServerChild> {
  const port = await freeLoopbackPort();
  const connection = {
    host: client.host,
    port: client.port,
    user: client.user,
    database: client.database,
    password: secretOf(client),
  };
  const raw = await spawnServer({
    label: 'raw',
    script: rawServer,
    env: { ...process.env, PORT: String(port), CLINIC_ID: clinicId, RAW_PG: JSON.stringify(connection) },
    port,
    postmasterPid: postmasterPid ?? undefined,
  });
  await waitFor200(raw, '/healthz');
  return raw;
}

/**
 * With BENCH_DATABASE_URL, each workload gets its own database on that server (created here,
 * dropped after), so that first-run setup and seeding never meet another workload's data and
 * the database named in the URL is never written to.
 */
async function scratchDatabase(url: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `corium_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  return {
    name,
    url: scratchUrl.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
