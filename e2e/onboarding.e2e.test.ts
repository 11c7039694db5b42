import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { enrolAuthenticator } from './totp';

const journey = useJourney();

describe('first run', () => {
  it('onboards a clinic, then its admin signs in to the staff app', async () => {
    const page = await journey.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    await page.goto(journey.baseUrl);
    await page.waitForURL('**/onboarding');
    await page.getByLabel('Clinic name').fill('Riverside Skin Clinic');
    await page.getByLabel('Your name').fill('Dana Reyes');
    await page.getByLabel('E-mail').fill('dana@riverside.example');
    await page.getByLabel('Password', { exact: true }).fill('river stones and willow');
    await page.getByLabel('Confirm password').fill('river stones and willow');
    await page.screenshot({ path: screenshotPath('onboarding-form'), fullPage: true });
    await page.getByRole('button', { name: 'Create clinic' }).click();

    await page.waitForURL('**/signin');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect.poll(() => page.getByLabel('E-mail').inputValue()).toBe('dana@riverside.example');
    await page.getByLabel('Password').fill('river stones and willow');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await enrolAuthenticator(page);
    await page.waitForURL('**/staff');
    await expect.poll(() => page.getByText('Riverside Skin Clinic').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Dana Reyes').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('onboarding-done'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows sign-in, not onboarding, once the clinic exists', async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/onboarding`);
    await page.waitForURL((url) => !url.pathname.startsWith('/onboarding'));
    await page.goto(`${journey.baseUrl}/staff`);
    await page.waitForURL('**/signin');
  });
});
