import path from 'node:path';
import { freeLoopbackPort } from '../../server/src/platform/db/embedded/embedded-postgres';
import { spawnServer, type ServerChild } from './child-server';
import { repoRoot } from './corium';

const healthServer = path.join(repoRoot, 'bench/baselines/health-server.mjs');

/** The bare Fastify baseline as its own process, answering `body` on GET /healthz. */
export async function startHealthBaseline(body: unknown): Promise<ServerChild> {
  const port = await freeLoopbackPort();
  return spawnServer({
    label: 'baseline',
    script: healthServer,
    env: { ...process.env, PORT: String(port), HEALTH_BODY: JSON.stringify(body) },
    port,
  });
}
