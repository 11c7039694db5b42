import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// The demo clinic's portal patient and its front desk (server/src/demo).
const PATIENT = 'patient@demo.corium.clinic';
const FRONT_DESK = 'frontdesk@demo.corium.clinic';

interface Slot {
  start: string;
  assignment: Record<string, string>;
}

/** A write that must succeed, answering its JSON body. */
async function post(page: Page, url: string, data: unknown): Promise<unknown> {
  const response = await journey.post(page, url, data);
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

/** The patient on a phone joins the waitlist for a consultation, any time of day. */
async function joinWaitlist(): Promise<Page> {
  const context = await journey.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await passwordSignIn(page, journey.baseUrl, PATIENT);
  await page.waitForURL('**/portal');
  await page.goto(`${journey.baseUrl}/portal/book`);
  await page.getByRole('button', { name: /^Consultation/ }).click();
  await page.getByRole('button', { name: 'Nothing suits? Join the waitlist' }).click();
  const form = page.getByRole('region', { name: 'Join the waitlist' });
  await form.getByText('Any time', { exact: true }).click();
  await form.getByRole('button', { name: 'Join the waitlist' }).click();
  await page.getByRole('status').filter({ hasText: 'You are on the waitlist' }).waitFor();
  return page;
}

/** A caller books the first free consultation at the desk, then cancels it: that time comes free. */
async function deskFreesATime(): Promise<void> {
  const page = await journey.newPage();
  await demoStaffSignIn(page, journey.baseUrl, FRONT_DESK);
  const { services } = await journey.json<{ services: { id: string; name: string }[] }>(
    page,
    '/api/booking/services',
  );
  const { locations } = await journey.json<{ locations: { id: string }[] }>(page, '/api/booking/resources');
  const serviceId = services.find((s) => s.name === 'Consultation')!.id;
  const locationId = locations[0]!.id;
  const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  const { slots } = await journey.json<{ slots: Slot[] }>(
    page,
    `/api/booking/availability?serviceId=${serviceId}&locationId=${locationId}&from=${from}&to=${to}`,
  );
  const caller = (await post(page, '/api/patients', {
    givenName: 'Early',
    familyName: 'Caller',
    dateOfBirth: '1990-02-02',
    sex: 'female',
    confirmNotDuplicate: true,
  })) as { id: string };
  const visit = (await post(page, `/api/patients/${caller.id}/appointments`, {
    serviceId,
    locationId,
    start: slots[0]!.start,
    assignment: slots[0]!.assignment,
    idempotencyKey: `e2e-waitlist-${Date.now()}`,
  })) as { id: string };
  await post(page, `/api/patients/${caller.id}/appointments/${visit.id}/cancel`, {
    reason: 'Caller cannot make it after all',
  });
  await page.context().close();
}

/** The offer's link, from the .eml the outbox wrote (quoted-printable: soft breaks and =3D). */
async function offerLink(): Promise<string> {
  const dir = path.join(journey.dataDir, 'mail');
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const files = await readdir(dir).catch(() => [] as string[]);
        for (const file of files) {
          const text = (await readFile(path.join(dir, file), 'utf8'))
            .replace(/=\r?\n/g, '')
            .replace(/=3D/g, '=');
          link = text.match(/https?:\/\/\S*\/portal\/offers\/[^\s"<]+/)?.[0];
          if (link) return true;
        }
        return false;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBe(true);
  return link!;
}

describe('the waitlist', () => {
  it('e-mails a freed time to the waiting patient, who books it from the link on a phone', async () => {
    const patient = await joinWaitlist();
    await patient.screenshot({ path: screenshotPath('waitlist-joined-phone') });
    await deskFreesATime();
    const link = new URL(await offerLink());
    await patient.goto(`${journey.baseUrl}${link.pathname}${link.search}`);
    await patient.getByRole('heading', { name: 'A time has come free' }).waitFor();
    await patient.getByText(/It is held for you until/).waitFor();
    await patient.screenshot({ path: screenshotPath('waitlist-offer-phone') });
    await patient.getByRole('button', { name: 'Book this time' }).click();
    await patient.getByRole('status').filter({ hasText: 'You are booked' }).waitFor();
    const { upcoming } = await journey.json<{ upcoming: { serviceName: string }[] }>(
      patient,
      '/api/portal/booking/appointments',
    );
    expect(upcoming.map((v) => v.serviceName)).toContain('Consultation');
    expect(await patient.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  });
});
