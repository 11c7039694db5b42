import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// The demo clinic is in London; the browser reads dates the British way.
const clinicDay = (daysAgo: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
const readableDay = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const toxinTerm = 'Botulinum toxin last date';
const toxinQuestion = 'When did you last have anti-wrinkle injections (botulinum toxin)?';

/** The answer beside a question in the read-only history, e.g. "Never, or not in the last year". */
const answerOf = (page: Page, term: string): Locator =>
  page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');

async function openFirstPatient(page: Page): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('region', { name: 'Search results' }).getByRole('link').first().click();
  await page.waitForURL(/\/staff\/patients\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

describe('staff medical history', () => {
  it('a practitioner corrects a history on a tablet, saves a new version, and can still see what was known before', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 1024, height: 768 },
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'sam@demo.corium.clinic');
    const patientId = await openFirstPatient(page);

    const correct = page.getByRole('button', { name: 'Complete or correct' });
    await correct.waitFor();
    const before = (await answerOf(page, toxinTerm).innerText()).replace(/^Changed\s*/i, '').trim();
    const toxinDay = clinicDay(10);
    expect(before).not.toBe(readableDay(toxinDay));

    await correct.click();
    const editor = page.getByRole('dialog', { name: 'Complete or correct the medical history' });
    const parts = editor.getByRole('navigation', { name: 'Parts of the questionnaire' });
    await parts.getByRole('button', { name: /Recent treatments/ }).click();
    await editor.getByRole('group', { name: toxinQuestion }).getByLabel('Date').fill(toxinDay);
    await page.screenshot({ path: screenshotPath('staff-history-editor') });
    await parts.getByRole('button', { name: 'Review changes' }).click();

    const change = editor.getByRole('listitem').filter({ hasText: toxinQuestion });
    expect(await change.innerText()).toContain(`${before}`);
    expect(await change.innerText()).toContain(readableDay(toxinDay));
    expect(await editor.getByRole('listitem').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('staff-history-changes'), fullPage: true });
    const save = editor.getByRole('button', { name: /^Save as version \d+$/ });
    const version = Number((await save.innerText()).match(/\d+/)![0]);
    await save.click();

    await editor.waitFor({ state: 'detached' });
    const versionLine = page.getByText(`Version ${version}, entered by Sam Okoye, just now`);
    await expect.poll(() => versionLine.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await answerOf(page, toxinTerm).innerText()).toContain(readableDay(toxinDay));
    const newest = page.getByRole('table').getByRole('rowheader', { name: `${version} (current)` });
    await expect.poll(() => newest.count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: screenshotPath('staff-history-saved'), fullPage: true });

    const yesterday = clinicDay(1);
    await page.getByLabel('As of date').fill(yesterday);
    const historical = page.getByText(`Historical: what was known at the end of ${readableDay(yesterday)}`);
    await expect.poll(() => historical.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => answerOf(page, toxinTerm).innerText())
      .toMatch(new RegExp(`^Changed\\s*${before}`, 'i'));
    expect(await page.locator('dd', { hasText: `Now: ${readableDay(toxinDay)}` }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('staff-history-as-of'), fullPage: true });

    const historyUrl = `${journey.baseUrl}/api/patients/${patientId}/medical-history`;
    const now = await (await page.request.get(historyUrl)).json();
    expect(now).toMatchObject({ version, source: 'staff', answers: { botulinum_toxin_last_date: toxinDay } });
    const then = await (await page.request.get(`${historyUrl}?asOf=${yesterday}`)).json();
    expect(then.version).toBe(version - 1);
    expect(then.answers.botulinum_toxin_last_date).not.toBe(toxinDay);
  });

  it('closing the editor with an unsaved change asks first, and discarding it records nothing', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'priya@demo.corium.clinic');
    const patientId = await openFirstPatient(page);
    const historyUrl = `${journey.baseUrl}/api/patients/${patientId}/medical-history`;
    const { version } = await (await page.request.get(historyUrl)).json();

    await page.getByRole('button', { name: 'Complete or correct' }).click();
    const editor = page.getByRole('dialog', { name: 'Complete or correct the medical history' });
    const coldSore = editor.getByRole('group', { name: 'Do you have a cold sore right now?' });
    await coldSore.getByRole('radio', { name: 'Yes' }).check();
    await editor.getByRole('button', { name: 'Close' }).click();
    const confirm = page.getByRole('dialog', { name: 'Discard the changes?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await coldSore.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);

    await editor.getByRole('button', { name: 'Close' }).click();
    await confirm.getByRole('button', { name: 'Discard changes' }).click();
    await editor.waitFor({ state: 'detached' });
    expect((await (await page.request.get(historyUrl)).json()).version).toBe(version);
  });
});
