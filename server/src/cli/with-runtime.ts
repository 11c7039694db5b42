import { buildDeps, type Runtime } from '../deps';
import { loadConfig } from '../platform/config/config';
import { createLogger } from '../platform/log/logger';
import { coriumVersion } from '../platform/version';

export type WithRuntime = (
  env: NodeJS.ProcessEnv,
  work: (runtime: Runtime) => Promise<void>,
) => Promise<void>;

/** Opens the database (running migrations), does one thing, closes it. */
export const withRuntime: WithRuntime = async (env, work) => {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env }, coriumVersion);
  const runtime = await buildDeps(config, createLogger(config));
  try {
    await work(runtime);
  } finally {
    await runtime.close();
  }
};
