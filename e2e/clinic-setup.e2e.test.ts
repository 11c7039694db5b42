import type { ClinicSetup } from '@corium/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

const visible = (page: Page, text: string | RegExp) =>
  expect.poll(() => page.getByText(text).first().isVisible(), { timeout: 20_000 }).toBe(true);

const setupNow = async (page: Page): Promise<ClinicSetup> =>
  (await page.request.get(`${journey.baseUrl}/api/clinic-setup`)).json() as Promise<ClinicSetup>;

async function openSetup(page: Page, email: string) {
  await demoStaffSignIn(page, journey.baseUrl, email);
  await page.getByRole('navigation').getByRole('link', { name: 'Clinic set-up' }).click();
  await page.waitForURL('**/staff/clinic-setup');
}

/** A day two weeks ahead, as the date field takes it. */
const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

describe('clinic set-up', () => {
  it('the admin adds a room and a device, changes a practitioner’s weekly hours and the booking rules', async () => {
    const page = await journey.newPage();
    await openSetup(page, 'admin@demo.corium.clinic');
    await visible(page, 'Opening hours (Europe/London)');
    await page.screenshot({ path: screenshotPath('clinic-setup-locations'), fullPage: false });

    await page.getByRole('tab', { name: 'Rooms' }).click();
    await page.getByLabel('Room name').fill('Garden room');
    await page.getByRole('button', { name: 'Add room' }).click();
    await visible(page, 'Garden room');
    expect((await setupNow(page)).rooms.map((r) => r.name)).toContain('Garden room');
    await page.screenshot({ path: screenshotPath('clinic-setup-rooms'), fullPage: true });

    await page.getByRole('tab', { name: 'Devices' }).click();
    await page.getByLabel('Model').fill('Dermapen 4');
    await page.getByLabel('Serial number').fill('E2E-PEN-0001');
    await page.getByRole('button', { name: 'Add device' }).click();
    await visible(page, 'E2E-PEN-0001');
    await page.getByLabel('Status of Dermapen 4 E2E-PEN-0001').selectOption('maintenance');
    await expect
      .poll(async () => (await setupNow(page)).devices.find((d) => d.serial === 'E2E-PEN-0001')?.status, {
        timeout: 20_000,
      })
      .toBe('maintenance');
    await page.getByLabel('Model').fill('Dermapen 4');
    await page.getByLabel('Serial number').fill('E2E-PEN-0001');
    await page.getByRole('button', { name: 'Add device' }).click();
    await visible(page, 'Another device of this clinic has serial number E2E-PEN-0001');
    await page.screenshot({ path: screenshotPath('clinic-setup-devices'), fullPage: true });

    await page.getByRole('tab', { name: 'Team hours & time off' }).click();
    await page.getByLabel('Practitioner').selectOption({ label: 'Sam Okoye' });
    const week = page.getByRole('group', { name: /Weekly hours of Sam Okoye at/ });
    await week.getByLabel('From, row 1', { exact: true }).fill('11:00');
    await week.getByRole('button', { name: 'Save weekly hours' }).click();
    await visible(page, 'Saved. New bookings follow these hours.');
    const sam = (await setupNow(page)).practitioners.find((p) => p.displayName === 'Sam Okoye')!;
    expect(sam.workingHours.find((h) => h.weekday === 2)?.start).toBe('11:00');
    await page.screenshot({ path: screenshotPath('clinic-setup-team-hours'), fullPage: false });

    await page.getByRole('tab', { name: 'Services' }).click();
    await visible(page, /Numbing · 45 min/);
    await page.screenshot({ path: screenshotPath('clinic-setup-services'), fullPage: true });
    await page.getByRole('button', { name: 'Change Microneedling — face' }).click();
    await visible(page, 'Changes apply to bookings made from now on.');
    await page.screenshot({ path: screenshotPath('clinic-setup-service-editor'), fullPage: true });

    // The booking rules: a longer notice for cancelling in the portal, kept across a reload.
    await page.getByRole('tab', { name: 'Booking rules' }).click();
    const notice = page.getByLabel('Notice for cancelling or moving in the portal');
    await notice.fill('48');
    await visible(page, 'up to 2 days before it; later, they phone the clinic');
    await page.getByRole('button', { name: 'Save booking rules' }).click();
    await visible(page, 'Saved. The portal and the waitlist follow these rules from now on.');

    await page.reload();
    await page.getByRole('tab', { name: 'Booking rules' }).click();
    await expect
      .poll(() => page.getByLabel('Notice for cancelling or moving in the portal').inputValue(), {
        timeout: 20_000,
      })
      .toBe('48');
    await visible(page, /Last changed by Alex Morgan on/);
    const policy = await page.request.get(`${journey.baseUrl}/api/clinic-setup/booking-policy`);
    expect(await policy.json()).toMatchObject({
      cancelNoticeHours: 48,
      updatedBy: { displayName: 'Alex Morgan' },
    });
    await page.screenshot({ path: screenshotPath('clinic-setup-booking-rules'), fullPage: true });

    // A second site in another time zone, found by typing a city rather than spelling an IANA name.
    await page.getByRole('tab', { name: 'Locations' }).click();
    const added = page.getByRole('region', { name: 'Add a location' });
    await added.getByLabel('Name').fill('Riverside, New York');
    await added.getByRole('combobox', { name: 'Time zone' }).fill('new york');
    await page.getByRole('option', { name: 'America/New_York' }).click();
    await added.getByRole('button', { name: 'Add location' }).click();
    await visible(page, 'Opening hours (America/New_York)');
    const riverside = (await setupNow(page)).locations.find((l) => l.name === 'Riverside, New York');
    expect(riverside?.timeZone).toBe('America/New_York');
  });

  it('the front desk adds time off for a practitioner, and sees only the team’s hours', async () => {
    const page = await journey.newPage();
    await openSetup(page, 'frontdesk@demo.corium.clinic');
    expect(await page.getByRole('tab', { name: 'Rooms' }).count()).toBe(0);
    await page.getByLabel('Practitioner').selectOption({ label: 'Sam Okoye' });
    const day = inTwoWeeks();
    await page.getByLabel('From day').fill(day);
    await page.getByLabel('From time').fill('09:00');
    await page.getByLabel('Until time').fill('13:00');
    await page.getByLabel('Reason (private)').fill('Training course');
    await page.getByRole('button', { name: 'Add time off' }).click();
    await visible(page, /Training course/);
    const sam = (await setupNow(page)).practitioners.find((p) => p.displayName === 'Sam Okoye')!;
    expect(sam.timeOff).toEqual([
      expect.objectContaining({ reason: 'Training course', start: expect.stringContaining(day) }),
    ]);
    await page.screenshot({ path: screenshotPath('clinic-setup-time-off'), fullPage: true });
  });
});
