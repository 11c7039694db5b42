import type { IncomingMessage } from 'node:http';
import { newId } from '../ids';

const SAFE_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Keeps a caller's X-Request-Id (a proxy's trace id) when it is safe to log; otherwise makes one.
 * The id is echoed back and appears on every log line and audit event of the request.
 */
export function requestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : newId();
}
