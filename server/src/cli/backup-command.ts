import { access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBackup } from '../platform/backup/backup';
import { openForBackup, openForRestore, type BackupDatabase } from '../platform/backup/backup-database';
import { BackupError } from '../platform/backup/backup-error';
import { restoreBackup, type RestoreSummary } from '../platform/backup/restore';
import { loadConfig, type Config } from '../platform/config/config';
import { createLogger } from '../platform/log/logger';
import { coriumVersion } from '../platform/version';
import { readSecret } from './read-secret';
import { UsageError } from './usage-error';

/** Where a passphrase can come from without typing it: never stored anywhere by Corium. */
const PASSPHRASE_VARIABLE = 'CORIUM_BACKUP_PASSPHRASE';
const MIN_PASSPHRASE = 12;

const cliConfig = (): Config => loadConfig({ LOG_LEVEL: 'warn', ...process.env }, coriumVersion);

function oneFile(args: string[], command: string, flag: 'encrypt' | 'force') {
  const { values, positionals } = parseArgs({
    args,
    options: { [flag]: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError(`${command} needs exactly one FILE`);
  return { file: path.resolve(positionals[0]!), flag: values[flag] === true };
}

async function newPassphrase(): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_VARIABLE];
  const passphrase = fromEnv ?? (await readSecret('Passphrase for the backup: '));
  if (passphrase.length < MIN_PASSPHRASE)
    throw new BackupError(`The backup passphrase must have at least ${MIN_PASSPHRASE} characters.`);
  if (!fromEnv && process.stdin.isTTY && (await readSecret('The same passphrase again: ')) !== passphrase)
    throw new BackupError('The two passphrases differ; no backup was written.');
  return passphrase;
}

/** `corium backup FILE [--encrypt]`: a consistent snapshot of the database and the blob store. */
export async function backupCommand(args: string[]): Promise<void> {
  const { file, flag: encrypt } = oneFile(args, 'backup', 'encrypt');
  const config = cliConfig();
  const sealing = encrypt ? { passphrase: await newPassphrase() } : null;
  const database = await openForBackup(config, createLogger(config));
  try {
    const done = await writeBackup({
      connection: database.connection,
      kind: database.kind,
      dataDir: config.dataDir,
      file,
      sealing,
      coriumVersion,
      now: new Date(),
    });
    console.log(
      `Backup written to ${file}${done.encrypted ? ' (encrypted; keep the passphrase apart from it)' : ''}: ` +
        `${done.tables} tables, ${done.rows} rows, ${done.blobs} files, ${done.auditChains} audit chains.`,
    );
  } finally {
    await database.close();
  }
}

/** `corium restore FILE [--force]`: into an empty database, or replacing one with --force. */
export async function restoreCommand(args: string[]): Promise<void> {
  const { file, flag: force } = oneFile(args, 'restore', 'force');
  await access(file).catch(() => {
    throw new BackupError(`Cannot read the backup ${file}.`);
  });
  const config = cliConfig();
  // Opened (and an embedded one started) only after the backup was read and accepted.
  let database: BackupDatabase | null = null;
  const target = async () => (database = await openForRestore(config, createLogger(config))).connection;
  try {
    const done = await restoreBackup({
      target,
      file,
      passphrase: async () =>
        process.env[PASSPHRASE_VARIABLE] ?? (await readSecret('Passphrase of the backup: ')),
      force,
      dataDir: config.dataDir,
      coriumVersion,
    });
    printRestored(done, config);
  } finally {
    await (database as BackupDatabase | null)?.close();
  }
}

function printRestored(done: RestoreSummary, config: Config): void {
  const { manifest } = done;
  const target = config.databaseUrl
    ? databaseName(config.databaseUrl)
    : `the embedded database in ${path.resolve(config.dataDir)}`;
  console.log(
    `Restored the backup of ${manifest.createdAt} (Corium ${manifest.coriumVersion}, ${manifest.source.kind}) into ${target}: ` +
      `${manifest.tables.length} tables, ${done.rows} rows, ${done.blobs} files.`,
  );
  console.log(`Audit log intact: ${done.auditEventsVerified} events verified.`);
  if (done.migratedForward.length)
    console.log(`Then applied newer migrations: ${done.migratedForward.join(', ')}.`);
}

/** host/database of a URL, without its password. */
function databaseName(url: string): string {
  const parsed = new URL(url);
  return `the PostgreSQL database ${parsed.pathname.slice(1) || '(default)'} on ${parsed.host}`;
}
