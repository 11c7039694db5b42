import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

describe('screening rules', () => {
  it('the medical director lengthens a window with a reason and sees the new version in the history', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'director@demo.corium.clinic');
    await page.getByRole('navigation').getByRole('link', { name: 'Screening rules' }).click();
    await page.waitForURL('**/staff/screening-rules');

    const window = page.getByLabel('C12 Window (days)');
    await window.fill('21');
    await expect
      .poll(() => page.getByText('1 unsaved change, highlighted below').isVisible(), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => page.getByText('Was 14 days').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.screenshot({ path: screenshotPath('screening-rules-edit'), fullPage: false });

    await page.getByRole('button', { name: 'Save as new version…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save a new version of the rules' });
    await expect
      .poll(() => dialog.getByText('This creates version clinic-2026.11-r1').isVisible(), { timeout: 10_000 })
      .toBe(true);
    await dialog.getByRole('button', { name: 'Create version clinic-2026.11-r1' }).click();
    await expect
      .poll(() => dialog.getByText(/Say why in a sentence/).isVisible(), { timeout: 10_000 })
      .toBe(true);
    const reason = 'Our injectors see swelling for up to three weeks after toxin.';
    await dialog.getByLabel('Why are you changing the rules?').fill(reason);
    await dialog.getByRole('button', { name: 'Create version clinic-2026.11-r1' }).click();

    const history = page.getByRole('region', { name: 'Version history' });
    const newest = history.getByRole('listitem').first();
    await expect.poll(() => newest.textContent(), { timeout: 20_000 }).toContain('clinic-2026.11-r1');
    const text = (await newest.textContent()) ?? '';
    expect(text).toContain('Saved by Dr Helena Varga');
    expect(text).toContain(reason);
    expect(text).toContain('window 14 → 21 days');
    expect(await page.getByLabel('C12 Window (days)').inputValue()).toBe('21');
    await page.screenshot({ path: screenshotPath('screening-rules-history'), fullPage: true });

    const current = await (await page.request.get(`${journey.baseUrl}/api/screening/rule-set`)).json();
    expect(current.version).toBe('clinic-2026.11-r1');
  });

  it('a practitioner reads the rules, with evidence and UNCONFIRMED flags, but cannot change them', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'sam@demo.corium.clinic');
    await page.getByRole('navigation').getByRole('link', { name: 'Screening rules' }).click();
    await page.waitForURL('**/staff/screening-rules');

    const c14 = page.getByRole('article', { name: /C14/ });
    await expect
      .poll(() => c14.getByText('UNCONFIRMED', { exact: true }).isVisible(), { timeout: 20_000 })
      .toBe(true);
    expect(await c14.getByText('Evidence D', { exact: true }).isVisible()).toBe(true);
    const c12 = page.getByRole('article', { name: /C12/ });
    expect(await c12.getByText(/^Window: \d+ days$/).isVisible()).toBe(true);
    expect(await page.getByRole('spinbutton').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save as new version…' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('screening-rules-read-only'), fullPage: false });
  });
});
