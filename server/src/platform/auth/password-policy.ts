import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors/app-error';

/**
 * NIST SP 800-63B §5.1.1.2: refuse passwords found in breach corpuses. zxcvbn's list of ~49,000
 * most common passwords; only those of 8+ characters matter, shorter ones fail on length.
 */
const common = new Set(
  (dictionary.passwords as string[]).filter((p) => p.length >= 8).map((p) => p.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}

/** Throws VALIDATION_FAILED at `path` (the form field) for a common password. */
export function assertAcceptablePassword(password: string, path: string): void {
  if (isCommonPassword(password)) {
    throw new AppError('VALIDATION_FAILED', 'Choose a less common password', [
      {
        path,
        message:
          'This password is on a list of commonly used passwords; choose another (a few unrelated words work well)',
      },
    ]);
  }
}
