/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// A demo patient whose only concern is acne scars (server/src/demo/demo-patients.ts, number 31).
const PATIENT_EMAIL = 'agnieszka.patel.31@example.com';
const PRACTITIONER = 'priya@demo.corium.clinic';

/** `YYYY-MM-DD`, `days` before now in UTC: far enough from midnight in London to be in the past there. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function patientId(page: Page): Promise<string> {
  const response = await page.request.get(`${journey.baseUrl}/api/patients?q=Agnieszka%20Patel`);
  const { patients } = (await response.json()) as { patients: { id: string; email: string | null }[] };
  return patients.find((p) => p.email === PATIENT_EMAIL)!.id;
}

async function recordGrade(page: Page, point: string, ratedOn: string, grade: RegExp): Promise<void> {
  await page.getByLabel('What is this rating for?').selectOption({ label: point });
  await page.getByLabel('Concern', { exact: true }).selectOption({ label: 'Acne scars' });
  await page.getByLabel('Rated on').fill(ratedOn);
  await page
    .getByLabel('Scale', { exact: true })
    .selectOption({ label: 'Goodman & Baron qualitative acne scar grade' });
  await page.getByRole('radio', { name: grade }).click();
  await page.getByRole('button', { name: 'Record score' }).click();
}

describe('outcomes', () => {
  it('a practitioner records a Goodman–Baron grade at baseline and later, and sees the progress chart', async () => {
    const page = await journey.newPage();
    await page.setViewportSize({ width: 1180, height: 900 });
    await demoStaffSignIn(page, journey.baseUrl, PRACTITIONER);
    const id = await patientId(page);
    await page.goto(`${journey.baseUrl}/staff/patients/${id}?tab=outcomes`);
    await page.getByText('No scores yet: record a baseline to start the chart.').waitFor();
    await page.getByText(/results develop over 3–6 months/).waitFor();

    await recordGrade(page, 'Baseline, outside a course', daysAgo(90), /Moderate: obvious/);
    const chart = page.getByRole('figure', { name: /Acne scars — Goodman & Baron/ });
    await chart.waitFor();
    await recordGrade(page, 'Another time, outside a course', daysAgo(1), /Mild: not obvious/);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Mild: not obvious' }).count()).toBe(1);

    await page.screenshot({ path: screenshotPath('outcomes-progress-chart'), fullPage: true });
    await chart.getByRole('button', { name: 'Show as table' }).click();
    const rows = chart.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toContain('3 — Moderate');
    expect(await rows.nth(1).textContent()).toContain('Baseline');
    expect(await rows.nth(2).textContent()).toContain('2 — Mild');
  });

  it('the front desk opens the list of follow-ups due from the menu', async () => {
    const page = await journey.newPage();
    // Another member of staff: the practitioner's TOTP code of this half-minute is used up.
    await demoStaffSignIn(page, journey.baseUrl, 'frontdesk@demo.corium.clinic');
    await page.getByRole('link', { name: 'Follow-ups due' }).click();
    await page.getByRole('heading', { name: 'Follow-ups due', level: 1 }).waitFor();
    // The demo's courses have not finished: nobody is due a 3- or 6-month follow-up yet.
    await page.getByText('No follow-ups are due.').waitFor();
  });

  it('a patient reads their progress in the portal, in plain words, on a phone', async () => {
    const page = await journey.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await passwordSignIn(page, journey.baseUrl, 'patient@demo.corium.clinic');
    await page.waitForURL('**/portal');
    await page.getByRole('link', { name: 'Your progress' }).click();
    await page.getByRole('heading', { name: 'Your progress', level: 1 }).waitFor();
    await page.getByText(/results develop over 3–6 months/).waitFor();
    await page.getByRole('heading', { name: 'When we look at your results' }).waitFor();
    await page.screenshot({ path: screenshotPath('outcomes-portal-phone'), fullPage: true });
  });
});
