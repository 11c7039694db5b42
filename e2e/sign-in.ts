import type { Page } from 'playwright-core';
import { enterCode } from './totp';

export const DEMO_PASSWORD = 'demo-clinic-passphrase';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPCORIUMDEMOCLINIC';

export async function passwordSignIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * A demo staff member's full sign-in: password, then a code from the shared demo secret at the
 * server's time `at` (a journey on a shifted clock passes its own).
 */
export async function demoStaffSignIn(
  page: Page,
  baseUrl: string,
  email: string,
  at = new Date(),
): Promise<void> {
  await passwordSignIn(page, baseUrl, email);
  await enterCode(page, DEMO_TOTP_SECRET, 0, at);
  await page.waitForURL('**/staff');
}
