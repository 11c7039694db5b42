import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// The demo clinic's portal patient and its front desk (server/src/demo).
const PATIENT = 'patient@demo.corium.clinic';
const FRONT_DESK = 'frontdesk@demo.corium.clinic';

interface Visit {
  id: string;
  start: string;
  serviceName: string;
}

interface Slot {
  start: string;
  assignment: Record<string, string>;
}

/** The patient on a phone (390 px wide), with a touch screen. */
async function patientOnPhone(): Promise<Page> {
  const context = await journey.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await passwordSignIn(page, journey.baseUrl, PATIENT);
  await page.waitForURL('**/portal');
  return page;
}

/** The first free consultation the Book page shows: the first of the fortnight from today. */
async function firstFreeConsultation(
  page: Page,
  daysAhead = 0,
): Promise<{ serviceId: string; locationId: string; slot: Slot }> {
  const options = await journey.json<{
    services: { id: string; name: string }[];
    locations: { id: string; timeZone: string }[];
  }>(page, '/api/portal/booking/options');
  const serviceId = options.services.find((s) => s.name === 'Consultation')!.id;
  const location = options.locations[0]!;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: location.timeZone }).format(
    new Date(Date.now() + daysAhead * 86_400_000),
  );
  const to = new Date(Date.parse(`${today}T12:00:00Z`) + 13 * 86_400_000).toISOString().slice(0, 10);
  const { slots } = await journey.json<{ slots: Slot[] }>(
    page,
    `/api/portal/booking/availability?serviceId=${serviceId}&locationId=${location.id}&from=${today}&to=${to}`,
  );
  return { serviceId, locationId: location.id, slot: slots[0]! };
}

/** The front desk books that very time for a newly registered patient, as a phone call would. */
async function frontDeskTakes(booking: { serviceId: string; locationId: string; slot: Slot }): Promise<void> {
  const page = await journey.newPage();
  await demoStaffSignIn(page, journey.baseUrl, FRONT_DESK);
  const { csrfToken } = await journey.json<{ csrfToken: string }>(page, '/api/auth/session');
  const headers = { 'X-CSRF-Token': csrfToken };
  const registered = await page.request.post(`${journey.baseUrl}/api/patients`, {
    headers,
    data: {
      givenName: 'Quick',
      familyName: 'Caller',
      dateOfBirth: '1988-05-05',
      sex: 'female',
      confirmNotDuplicate: true,
    },
  });
  expect(registered.status()).toBe(201);
  const { id } = (await registered.json()) as { id: string };
  const booked = await page.request.post(`${journey.baseUrl}/api/patients/${id}/appointments`, {
    headers,
    data: {
      serviceId: booking.serviceId,
      locationId: booking.locationId,
      start: booking.slot.start,
      assignment: booking.slot.assignment,
      idempotencyKey: `e2e-front-desk-${Date.now()}`,
    },
  });
  expect(booked.status()).toBe(201);
  await page.context().close();
}

describe('the portal on a phone', () => {
  it('downloads the portal home page but none of the staff pages', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await passwordSignIn(page, journey.baseUrl, PATIENT);
    await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    expect(await page.title()).toBe('Your portal · Corium');

    // Files are named after their page (web/src/app/lazy-page.ts), e.g. /assets/CalendarPage-<hash>.js.
    expect(scripts.some((path) => path.includes('/PortalHomePage-'))).toBe(true);
    const staffPages = ['TodayPage', 'CalendarPage', 'SessionChartPage', 'PatientPage', 'ReportsPage'];
    expect(scripts.filter((path) => staffPages.some((name) => path.includes(`/${name}-`)))).toEqual([]);
    await context.close();
  });
});

describe('booking in the portal', () => {
  it('a patient books a consultation on a phone; a time taken meanwhile is explained, not an error page', async () => {
    const page = await patientOnPhone();
    const before = (
      await journey.json<{ upcoming: Visit[] }>(page, '/api/portal/booking/appointments')
    ).upcoming.map((v) => v.id);
    await page.getByRole('link', { name: 'Appointments', exact: true }).click();
    await page.getByRole('link', { name: 'Book a visit' }).click();
    await page.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    await page.getByRole('button', { name: /^Consultation/ }).click();
    await page.getByRole('heading', { name: /^Times on/ }).waitFor();

    const first = await firstFreeConsultation(page);
    await page.getByRole('group', { name: 'Days' }).getByRole('button').first().waitFor();
    await page.locator('section[aria-labelledby="times-heading"] button').first().click();
    await page.getByRole('heading', { name: 'Check and book' }).waitFor();
    await page.screenshot({ path: screenshotPath('portal-booking-confirm-phone') });

    await frontDeskTakes(first);
    await page.getByRole('button', { name: 'Book this time' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'That time was just taken' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Here are the next free times.');
    await page.screenshot({ path: screenshotPath('portal-booking-slot-taken-phone') });

    await notice.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByText('You are booked').waitFor();
    await page.screenshot({ path: screenshotPath('portal-booking-done-phone') });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await page.getByRole('link', { name: 'My appointments' }).click();
    await page.getByRole('heading', { name: 'Coming up' }).waitFor();
    const upcoming = async () =>
      (await journey.json<{ upcoming: Visit[] }>(page, '/api/portal/booking/appointments')).upcoming;
    const mine = (await upcoming()).find((v) => !before.includes(v.id))!;
    expect(mine).toMatchObject({ serviceName: 'Consultation' });
    expect(mine.start).not.toBe(first.slot.start);
  });

  it('a patient moves a visit to another time: the same appointment, not a new one', async () => {
    const page = await patientOnPhone();
    const { csrfToken } = await journey.json<{ csrfToken: string }>(page, '/api/auth/session');
    // A consultation three days out: well before the 24-hour notice, so the portal may move it.
    const later = await firstFreeConsultation(page, 3);
    const made = await page.request.post(`${journey.baseUrl}/api/portal/booking/appointments`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: {
        ...{ serviceId: later.serviceId, locationId: later.locationId },
        ...{
          start: later.slot.start,
          assignment: later.slot.assignment,
          idempotencyKey: `e2e-${Date.now()}`,
        },
      },
    });
    expect(made.status()).toBe(201);
    const mine = (await made.json()) as Visit;
    await page.getByRole('link', { name: 'Appointments', exact: true }).click();
    await page.getByRole('heading', { name: 'Coming up' }).waitFor();
    const upcoming = async () =>
      (await journey.json<{ upcoming: Visit[] }>(page, '/api/portal/booking/appointments')).upcoming;

    // Moving it keeps the same appointment: a new time, not a cancellation and a new booking.
    await page.locator(`a[href="/portal/book?move=${mine.id}"]`).click();
    await page.getByRole('heading', { name: /^Times on/ }).waitFor();
    await page.getByRole('group', { name: 'Days' }).getByRole('button').last().click();
    await page.locator('section[aria-labelledby="times-heading"] button').last().click();
    await page.getByRole('button', { name: 'Move to this time' }).click();
    await page.getByText('You are booked').waitFor();
    const moved = (await upcoming()).find((v) => v.id === mine.id)!;
    expect(moved.start).not.toBe(mine.start);
  });
});
