import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { passwordSignIn } from './sign-in';

const journey = useJourney(['--demo']);

describe('portal intake', () => {
  it('a patient answers the questionnaire on a phone, resumes it, and sends it to the clinic', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    await passwordSignIn(page, journey.baseUrl, 'patient@demo.corium.clinic');
    await page.waitForURL('**/portal');
    await page.getByRole('link', { name: 'Health questionnaire' }).click();
    const coldSore = page.getByRole('group', { name: 'Do you have a cold sore right now?' });
    await coldSore.getByRole('radio', { name: 'Yes' }).check();
    const saved = page.getByText('Saved', { exact: true });
    await expect.poll(() => saved.isVisible(), { timeout: 10_000 }).toBe(true);

    await page.reload();
    await expect
      .poll(() => coldSore.getByRole('radio', { name: 'Yes' }).isChecked(), { timeout: 10_000 })
      .toBe(true);
    for (let step = 0; step < 4; step++) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Review answers' }).click();
    await page.screenshot({ path: screenshotPath('intake-review-phone'), fullPage: true });
    await page.getByRole('button', { name: 'Send to the clinic' }).click();
    await expect
      .poll(() => page.getByRole('link', { name: 'See my record' }).isVisible(), { timeout: 10_000 })
      .toBe(true);

    const intake = await (await page.request.get(`${journey.baseUrl}/api/portal/intake`)).json();
    expect(intake.draft).toBeNull();
    expect(intake.submitted).toMatchObject({ source: 'patient', answers: { active_cold_sore: true } });
  });
});
