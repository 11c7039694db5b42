import type { Page } from 'playwright-core';
import { totpCodeAt, totpStep } from '../server/src/platform/auth/totp';

/**
 * A code as the user's authenticator app would show it. `stepOffset` 1 gives the next
 * window's code, which the server accepts (one step of drift) — for a second sign-in within
 * the same 30 seconds, since a code is never accepted twice.
 */
export const authenticatorCode = (secret: string, stepOffset = 0, at = new Date()): string =>
  totpCodeAt(secret, totpStep(at) + stepOffset);

/** First sign-in of a staff member: read the secret off the enrolment screen, confirm a code. */
export async function enrolAuthenticator(page: Page): Promise<string> {
  const secretElement = page.getByTestId('totp-secret');
  await secretElement.waitFor();
  const secret = (await secretElement.textContent())!.trim();
  await page.getByLabel('Authentication code').fill(authenticatorCode(secret));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  return secret;
}

/** `at`: the server's time, when a journey runs Corium on a shifted clock. */
export async function enterCode(page: Page, secret: string, stepOffset = 0, at = new Date()): Promise<void> {
  await page.getByLabel('Authentication code').fill(authenticatorCode(secret, stepOffset, at));
  await page.getByRole('button', { name: 'Verify' }).click();
}
