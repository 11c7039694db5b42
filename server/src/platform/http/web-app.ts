import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const apiPrefixes = ['/api/', '/fhir/', '/healthz', '/readyz', '/metrics'];

/**
 * Serves the built React app (web/dist). Hashed assets are cached for a year; index.html never
 * is, so a new release shows at the next load. Unknown non-API paths get index.html, and the
 * client-side router takes over.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<boolean> {
  if (!existsSync(path.join(webDist, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: true,
    index: ['index.html'],
    setHeaders(res, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

export function wantsWebPage(request: FastifyRequest): boolean {
  const url = request.url.split('?')[0]!;
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !apiPrefixes.some((prefix) => url.startsWith(prefix)) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

export const sendWebPage = (reply: FastifyReply): FastifyReply =>
  reply.header('Cache-Control', 'no-cache').type('text/html').sendFile('index.html');
