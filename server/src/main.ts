import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp } from './app';
import { buildDeps, type Runtime } from './deps';
import { startJobWorker } from './jobs';
import { seedDemo } from './demo/seed-demo';
import { printDemoLogins } from './demo/demo-logins';
import { scheduleBackups } from './modules/operations/backups.jobs';
import { scheduleFollowUpScan } from './modules/outcomes/outcomes.jobs';
import { ConfigError, loadConfig } from './platform/config/config';
import type { Lifecycle } from './platform/http/lifecycle';
import type { Worker } from './platform/jobs/worker';
import { createLogger } from './platform/log/logger';
import { onShutdownSignal, shutDownInOrder } from './platform/shutdown';
import { coriumVersion } from './platform/version';

/** `npm start` (and `npm run demo`, which adds --demo): config → deps → app → listen (+ worker). */
async function main(argv: string[]): Promise<void> {
  const demo = argv.includes('--demo');
  // The demo clinic lives in its own folder so that it never mixes with a real clinic's data.
  const env = demo ? { DATA_DIR: './data-demo', ...process.env } : process.env;
  const config = loadConfig(env, coriumVersion);
  const log = createLogger(config);
  const runtime = await buildDeps(config, log);
  try {
    await serve(runtime, demo);
  } catch (error) {
    await runtime.close().catch(() => undefined);
    throw error;
  }
}

async function serve(runtime: Runtime, demo: boolean): Promise<void> {
  const { deps } = runtime;
  const { config, log } = deps;
  if (demo) printDemoLogins(await seedDemo(deps), config.publicUrl);

  const lifecycle: Lifecycle = { closing: false };
  const app = await buildApp(deps, { lifecycle });
  let worker: Worker | undefined;

  onShutdownSignal(log, config.shutdownTimeoutMs, async () => {
    // Health answers 503 from here on, so a balancer stops sending work while requests drain.
    lifecycle.closing = true;
    await shutDownInOrder(log, {
      // A balancer polling /readyz sees 503 and stops sending work before the port closes;
      // then app.close() stops accepting and waits for in-flight requests (late arrivals get 503).
      http: async () => {
        await sleep(config.shutdownGraceMs);
        await app.close();
      },
      worker: worker?.stop,
      database: runtime.close,
    });
  });
  await app.listen({ port: config.port, host: config.host });
  if (config.runWorker) {
    await scheduleBackups(deps).catch((error: unknown) =>
      log.error({ err: error }, 'could not queue the next scheduled backup'),
    );
    await scheduleFollowUpScan(deps).catch((error: unknown) =>
      log.error({ err: error }, 'could not queue the follow-up reminder scan'),
    );
    worker = startJobWorker(deps);
  }
  log.info(`Corium ${coriumVersion} is ready at ${config.publicUrl} (database: ${deps.dbKind})`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? `Corium could not start: ${error.message}` : error);
  process.exit(1);
});
