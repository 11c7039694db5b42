import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Two layers for state-changing requests: a cross-site Origin is refused outright, and a
 * request riding on a session cookie must repeat that session's CSRF token in X-CSRF-Token
 * (a header another site cannot set). Bearer-token requests carry no ambient credentials.
 */
export function assertNotCrossSite(request: FastifyRequest, sessionCsrfToken: string | null): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin && origin !== 'null' && new URL(origin).host !== request.headers.host) {
    throw new AppError('FORBIDDEN', 'Cross-site request refused');
  }
  if (origin === 'null') throw new AppError('FORBIDDEN', 'Cross-site request refused');
  if (sessionCsrfToken === null) return;
  const given = request.headers[CSRF_HEADER];
  if (typeof given !== 'string' || !sameToken(given, sessionCsrfToken)) {
    throw new AppError('FORBIDDEN', 'Missing or wrong CSRF token; reload the page and try again');
  }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
