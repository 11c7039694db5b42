// The W7 baseline: a bare Fastify server with one route that answers the same JSON as Corium's
// /healthz, and nothing else (no logger, hooks, headers or database). Plain JavaScript run by
// plain `node`, like Corium's built server/dist/main.js, so that neither pays for a TypeScript
// loader at start-up (the embedded-start workload times this server's start as well).
import Fastify from 'fastify';

const body = JSON.parse(process.env.HEALTH_BODY ?? '{"status":"ok"}');
const app = Fastify({ logger: false });
app.get('/healthz', async () => body);

const stop = () => app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
