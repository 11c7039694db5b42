import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';

const journey = useJourney(['--demo']);
const PASSWORD = 'demo-clinic-passphrase';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${journey.baseUrl}/signin`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('demo clinic', () => {
  it('signs front desk staff into the staff app', async () => {
    const page = await journey.newPage();
    await signIn(page, 'frontdesk@demo.corium.clinic');
    await page.waitForURL('**/staff');
    await expect.poll(() => page.getByText('Lumen Skin Clinic').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('demo-staff'), fullPage: true });
  });

  it('signs a patient into the portal, on a phone', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    await signIn(page, 'patient@demo.corium.clinic');
    await page.waitForURL('**/portal');
    await expect.poll(() => page.getByText('Lumen Skin Clinic').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('demo-portal-phone'), fullPage: true });
    await page.goto(`${journey.baseUrl}/staff`);
    await page.waitForURL('**/portal');
  });
});
