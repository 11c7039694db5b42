import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

describe('clinic reports', () => {
  it('the administrator opens Reports, sees the charts and downloads the monthly CSV', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'admin@demo.corium.clinic');

    await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL('**/staff/reports');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Operations', level: 2 }).isVisible())
      .toBe(true);
    const sessions = page.getByRole('img', { name: /^Signed sessions per month\./ });
    await expect.poll(() => sessions.count()).toBe(1);
    const figure = page.getByRole('figure', { name: 'Signed sessions per month' });
    await figure.getByRole('button', { name: 'Show as table' }).click();
    await expect.poll(() => figure.getByRole('table', { name: 'Signed sessions per month' }).count()).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Monthly operations CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^operations-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/);
    const csv = await readFile((await file.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'month,location,service,appointments,completed,no_shows,cancelled,no_show_rate,signed_sessions,cartridges,cartridges_per_session',
    );
    expect(lines.length).toBeGreaterThan(12);
    await expect.poll(() => page.getByText(/^Saved operations-.*\.csv\.$/).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('reports'), fullPage: true });
  });
});
