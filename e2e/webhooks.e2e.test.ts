import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

describe('webhooks', () => {
  it('the administrator adds a webhook, keeps the secret, pauses it and sends a test event', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'admin@demo.corium.clinic');
    await page.getByRole('navigation').getByRole('link', { name: 'Webhooks' }).click();
    await page.waitForURL('**/staff/webhooks');
    await expect.poll(() => page.getByRole('heading', { name: 'Webhooks', level: 1 }).isVisible()).toBe(true);

    // A .invalid address resolves nowhere: the delivery is attempted and logged as failed to connect.
    await page.getByLabel('Address').fill('https://hooks.example.invalid/corium');
    await page.getByLabel('What it is for').fill('Practice-management system');
    await page.getByRole('checkbox', { name: 'Treatment chart signed' }).check();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = page.getByText(/^whsec_/);
    await expect.poll(() => secret.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await expect.poll(() => secret.count()).toBe(0);

    const card = page.getByRole('article', { name: 'https://hooks.example.invalid/corium' });
    await expect.poll(() => card.getByText('Active').isVisible()).toBe(true);
    await expect
      .poll(() => card.getByText('Sends: Appointment booked, Treatment chart signed').isVisible())
      .toBe(true);
    await card.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => card.getByText('Paused').isVisible()).toBe(true);
    await card.getByRole('button', { name: 'Send test event' }).click();
    await expect
      .poll(() => card.getByText('Test event queued: see Recent deliveries.').isVisible())
      .toBe(true);

    const deliveries = page.getByRole('region', { name: 'Recent deliveries' });
    await expect
      .poll(
        async () => {
          await deliveries.getByRole('button', { name: 'Refresh' }).click();
          return deliveries.getByText(/Could not connect/).count();
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    await expect.poll(() => deliveries.getByText('webhook.test').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('webhooks'), fullPage: true });
  });
});
