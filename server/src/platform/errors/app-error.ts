import type { ErrorCode } from '@corium/contracts';

/**
 * The one error type services throw. `code` comes from the closed set in contracts; the HTTP
 * status is looked up once in status.ts, never chosen at the throw site.
 */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
