import type { Logger } from 'pino';

/**
 * Runs `close` once on SIGTERM or SIGINT. A second signal, or a close that overruns
 * `timeoutMs`, exits at once with status 1.
 */
export function onShutdownSignal(log: Logger, timeoutMs: number, close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (closing) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    closing = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error('shutdown took too long: exiting');
      process.exit(1);
    }, timeoutMs).unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}

export interface ShutdownSteps {
  /** Stops accepting connections and resolves when every in-flight request has been answered. */
  http?: () => Promise<void>;
  /** Resolves when the worker has finished the job in hand and taken no other. */
  worker?: () => Promise<void>;
  /** Closes the pool, then stops the embedded PostgreSQL (a clean shutdown, no recovery next start). */
  database: () => Promise<void>;
}

/**
 * The order of a graceful shutdown: HTTP and the worker wind down side by side (both may still
 * need the database), and only when both are done does the database close.
 */
export async function shutDownInOrder(log: Logger, steps: ShutdownSteps): Promise<void> {
  const timed = (name: string, step: (() => Promise<void>) | undefined) =>
    step?.().then(() => log.info(`shutdown: ${name} done`));
  await Promise.all([timed('HTTP', steps.http), timed('worker', steps.worker)]);
  await steps.database();
  log.info('shutdown: database closed');
}
