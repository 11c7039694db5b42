import type { Logger } from 'pino';
import { systemClock, type Clock } from './platform/clock';
import type { Config } from './platform/config/config';
import type { Db } from './platform/db/database';
import { openDatabase, type DbKind } from './platform/db/open-database';
import { createMailer, type Mailer } from './platform/mail/mailer';
import { createSmsSender, type SmsSender } from './platform/sms/sms-sender';
import { createTurns, type Turns } from './platform/concurrency/turns';

export const photoDecodeTurns = (config: Pick<Config, 'photoDecodes'>): Turns =>
  createTurns({ ...config.photoDecodes, what: 'photos being processed' });

/** Everything a service may use, wired once here and passed explicitly. */
export interface Deps {
  config: Config;
  db: Db;
  dbKind: DbKind;
  log: Logger;
  clock: Clock;
  mail: Mailer;
  /** Text messages; `enabled` is false unless a provider is configured. */
  sms: SmsSender;
  /** Turns for decoding uploaded photos, shared by every request of this process. */
  photoDecodes: Turns;
}

export interface Runtime {
  deps: Deps;
  close(): Promise<void>;
}

export async function buildDeps(config: Config, log: Logger): Promise<Runtime> {
  const database = await openDatabase(config, log);
  const mail = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir });
  return {
    deps: {
      config,
      db: database.db,
      dbKind: database.kind,
      log,
      clock: systemClock,
      mail,
      sms: createSmsSender(config.sms),
      photoDecodes: photoDecodeTurns(config),
    },
    close: database.close,
  };
}
