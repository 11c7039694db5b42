import type { ErrorBody } from '@corium/contracts';
import type { FastifyInstance } from 'fastify';
import { httpStatus } from './status';
import { toAppError } from './to-app-error';

/** Every error leaves as `{ error, message, details }` with the status of its code. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const status = httpStatus[appError.code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code }, appError.message);
    const retryAfter = (appError.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (appError.code === 'RATE_LIMITED' && typeof retryAfter === 'number')
      reply.header('Retry-After', String(retryAfter));
    const body: ErrorBody = { error: appError.code, message: appError.message };
    if (appError.details !== undefined) body.details = appError.details;
    return reply.status(status).type('application/json').send(body);
  });
}
