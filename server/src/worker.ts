import { buildDeps } from './deps';
import { startJobWorker } from './jobs';
import { scheduleBackups } from './modules/operations/backups.jobs';
import { scheduleFollowUpScan } from './modules/outcomes/outcomes.jobs';
import { ConfigError, loadConfig } from './platform/config/config';
import { createLogger } from './platform/log/logger';
import { onShutdownSignal, shutDownInOrder } from './platform/shutdown';
import { coriumVersion } from './platform/version';

/**
 * `corium worker`: drains the outbox without serving HTTP. Run any number beside the API
 * processes on an external PostgreSQL (set RUN_WORKER=false on the API processes if you want
 * them to serve only). On the embedded database the server process already runs the worker.
 */
export async function runWorkerProcess(): Promise<void> {
  const config = loadConfig(process.env, coriumVersion);
  if (!config.databaseUrl) {
    throw new ConfigError([
      {
        name: 'DATABASE_URL',
        problem:
          'a separate worker needs an external PostgreSQL; the embedded one runs its worker inside `npm start`',
      },
    ]);
  }
  const log = createLogger(config);
  const runtime = await buildDeps(config, log);
  const { deps } = runtime;
  await scheduleBackups(deps);
  await scheduleFollowUpScan(deps);
  const worker = startJobWorker(deps);
  onShutdownSignal(log, config.shutdownTimeoutMs, () =>
    shutDownInOrder(log, { worker: worker.stop, database: runtime.close }),
  );
  log.info('Corium worker is draining the outbox');
}
