import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { inject } from 'vitest';
import { buildApp, type AppOptions } from '../src/app';
import { photoDecodeTurns, type Deps } from '../src/deps';
import type { Clock } from '../src/platform/clock';
import { loadConfig } from '../src/platform/config/config';
import { connectDatabase } from '../src/platform/db/database';
import { createMailer } from '../src/platform/mail/mailer';
import { createSmsSender } from '../src/platform/sms/sms-sender';
import { createTestDatabase, type TestDatabase } from './test-db';

/** A clock tests can move: `clock.advance(16 * 60_000)`. */
export interface TestClock extends Clock {
  set(at: Date): void;
  advance(ms: number): void;
}

export function testClock(start = new Date()): TestClock {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (at) => (now = at.getTime()),
    advance: (ms) => (now += ms),
  };
}

export interface TestContext {
  deps: Deps;
  clock: TestClock;
  database: TestDatabase;
  close(): Promise<void>;
}

/** Deps on a fresh migrated database of its own, with a movable clock and file mail in a temp folder. */
export async function createTestContext(): Promise<TestContext> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'corium-test-data-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, 'test');
  const handle = connectDatabase({ ...database.connection, max: 5 });
  const clock = testClock();
  const deps: Deps = {
    config,
    db: handle.db,
    dbKind: inject('testDb').target === 'external' ? 'postgres' : 'embedded-postgres',
    log: pino({ level: 'silent' }),
    clock,
    mail: createMailer({ smtpUrl: undefined, from: config.mailFrom, dataDir }),
    sms: createSmsSender(undefined),
    photoDecodes: photoDecodeTurns(config),
  };
  return {
    deps,
    clock,
    database,
    close: async () => {
      await handle.destroy();
      await database.drop();
    },
  };
}

export interface TestApp extends TestContext {
  app: FastifyInstance;
}

export async function buildTestApp(options: AppOptions = {}): Promise<TestApp> {
  const context = await createTestContext();
  const app = await buildApp(context.deps, { webDist: null, ...options });
  await app.ready();
  return {
    ...context,
    app,
    close: async () => {
      await app.close();
      await context.close();
    },
  };
}
