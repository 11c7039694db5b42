import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordBatteryFigure } from '../../../test/battery/battery-figures';
import { testClock } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db';
import { buildApp } from '../../app';
import { photoDecodeTurns, type Deps } from '../../deps';
import { loadConfig } from '../../platform/config/config';
import { connectDatabase, type DbHandle } from '../../platform/db/database';
import { createMailer } from '../../platform/mail/mailer';
import { createSmsSender } from '../../platform/sms/sms-sender';
import { at, consultation, dayAfter, makeClinicBookable, TEST_NOW, TOMORROW } from './booking-test-kit';

/**
 * Issue 6's race: 50 requests for one slot at once, round after round, through the whole HTTP
 * path. Exactly one books; every other gets 409 SLOT_TAKEN from the database's exclusion
 * constraint; no two active holds of one resource ever overlap. BOOKING_RACE_ROUNDS sets the
 * rounds (100 by default).
 */
const ROUNDS = Number(process.env.BOOKING_RACE_ROUNDS ?? 100);
const REQUESTS = 50;
/** Connections enough for the requests to really meet in PostgreSQL, not queue for the pool. */
const POOL_SIZE = 16;
/** A round takes about half a second on two busy cores; allow six times that. */
const TIMEOUT_MS = 10_000 + ROUNDS * 3_000;
/** 30-minute consultations every half hour from 08:00 to 20:00: 24 slots a day. */
const SLOTS_A_DAY = 24;

let app: FastifyInstance;
let deps: Deps;
let handle: DbHandle;
let database: TestDatabase;
let frontDesk: Browser;
let world: Parameters<typeof consultation>[0];
let clinicId: string;
let patients: string[];
/** Attempts made in the race, for the battery figure. */
let raced = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'corium-race-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, 'test');
  handle = connectDatabase({ ...database.connection, max: POOL_SIZE });
  const clock = testClock(TEST_NOW);
  deps = {
    config,
    db: handle.db,
    dbKind: inject('testDb').target === 'external' ? 'postgres' : 'embedded-postgres',
    log: pino({ level: 'silent' }),
    clock,
    mail: createMailer({ smtpUrl: undefined, from: config.mailFrom, dataDir }),
    sms: createSmsSender(undefined),
    photoDecodes: photoDecodeTurns(config),
  };
  app = await buildApp(deps, { webDist: null });
  await app.ready();
  const clinic = await createTestClinic(deps);
  clinicId = clinic.id;
  const practitioner = await clinic.addUser('practitioner');
  world = {
    ...(await makeClinicBookable(deps, clinic.id, [practitioner.id])),
    practitionerId: practitioner.id,
  };
  frontDesk = await signIn({ app, deps, clock }, (await clinic.addUser('front_desk')).email);
  patients = [];
  for (let i = 0; i < REQUESTS; i++) patients.push((await clinic.addPatient()).id);
});
afterAll(async () => {
  await app.close();
  await handle.destroy();
  await database.drop();
});

/** Round r's slot: a half hour of its own, so every round starts with the slot free. */
function slotOf(round: number): string {
  const day = dayAfter(TOMORROW, Math.floor(round / SLOTS_A_DAY));
  const minutes = 8 * 60 + (round % SLOTS_A_DAY) * 30;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return at(day, time);
}

describe('fifty patients booking one slot at once', () => {
  it(
    `books it exactly once, ${ROUNDS} rounds in a row`,
    async () => {
      const statuses = new Map<string, number>();
      for (let round = 0; round < ROUNDS; round++) {
        const body = consultation(world, { start: slotOf(round) });
        const attempt = (patientId: string) =>
          app.inject({
            method: 'POST',
            url: `/api/patients/${patientId}/appointments`,
            headers: frontDesk.headers,
            // Every patient's own attempt, with its own idempotency key.
            payload: { ...body, idempotencyKey: `race-${round}-${patientId}` },
          });
        const responses = await Promise.all(patients.map(attempt));
        raced += responses.length;
        const outcomes = responses.map((r) =>
          r.statusCode === 201 ? '201' : `${r.statusCode} ${r.json<{ error: string }>().error}`,
        );
        for (const outcome of outcomes) statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
        expect(
          outcomes.filter((o) => o === '201'),
          `round ${round}`,
        ).toHaveLength(1);
      }
      expect(Object.fromEntries(statuses)).toEqual({
        '201': ROUNDS,
        '409 SLOT_TAKEN': ROUNDS * (REQUESTS - 1),
      });
      const appointments = await deps.db
        .selectFrom('appointment')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('clinic_id', '=', clinicId)
        .executeTakeFirstOrThrow();
      expect(Number(appointments.n)).toBe(ROUNDS);
    },
    TIMEOUT_MS,
  );

  it('leaves no two active holds of one resource overlapping', async () => {
    const { rows } = await sql<{ n: string }>`
      SELECT count(*) AS n
        FROM appointment_resource a
        JOIN appointment_resource b
          ON a.resource_id = b.resource_id AND a.id < b.id AND a.during && b.during
       WHERE a.clinic_id = ${clinicId} AND a.active AND b.active`.execute(deps.db);
    // For the battery line of `npm test`: every attempt raced, and no resource held twice.
    const target = inject('testDb').target;
    const doubles = Number(rows[0]!.n);
    const where = target === 'external' ? ' (external)' : '';
    const ok = doubles === 0 && raced === ROUNDS * REQUESTS;
    recordBatteryFigure(`booking-race-${target}`, `${raced} racing bookings ${doubles} double${where}`, ok);
    expect(doubles).toBe(0);
    const holds = await deps.db
      .selectFrom('appointment_resource')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('clinic_id', '=', clinicId)
      .where('active', '=', true)
      .executeTakeFirstOrThrow();
    // A practitioner and a room per consultation.
    expect(Number(holds.n)).toBe(2 * ROUNDS);
  });
});
