import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../config/config';

/**
 * Secrets and patient-identifying request bodies never reach the log. Paths cover both the
 * request serializer and objects logged by hand.
 */
const redact = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.totp',
  '*.secret',
  // The text-message provider's token (Config.sms.authToken), wherever a config object is logged.
  '*.authToken',
  '*.*.authToken',
  'password',
  'connection.password',
  '*.connection.password',
];

export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: { paths: redact, censor: '[redacted]' },
  };
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino(loggerOptions(config));
}

export type { Logger };
