import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';

const journey = useJourney(['--demo']);

// Demo staff (server/src/demo/demo-people.ts). Two people, one sign-in each: a TOTP code is
// never accepted twice for the same person, but two people may sign in in the same 30 s.
const FRONT_DESK = 'frontdesk@demo.corium.clinic';
const PRACTITIONER = 'priya@demo.corium.clinic';

interface Visit {
  id: string;
  patient: { id: string; displayName: string };
  service: { code: string };
  status: string;
  series: { id: string; sessionNumber: number } | null;
}

/**
 * The demo's visits of the coming weeks (server/src/demo/demo-bookings.ts): patient 1's first
 * course session, and patient 4's review.
 */
async function demoVisits(page: Page): Promise<{ course: Visit; reviewed: Visit }> {
  const from = new Date().toISOString();
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const { appointments } = await journey.json<{ appointments: Visit[] }>(
    page,
    `/api/appointments?from=${from}&to=${to}`,
  );
  return {
    course: appointments.find((a) => a.series !== null)!,
    reviewed: appointments.find((a) => a.service.code === 'review')!,
  };
}

async function openAppointments(page: Page, patientId: string): Promise<void> {
  await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
  await page.getByRole('tab', { name: 'Appointments' }).click();
}

describe('the waitlist from the desk', () => {
  it('puts a caller on the waitlist from their record, lists them, and takes them off', async () => {
    const page = await journey.staffPage(FRONT_DESK);
    const { reviewed } = await demoVisits(page);
    const name = reviewed.patient.displayName;
    await openAppointments(page, reviewed.patient.id);
    await page.getByRole('button', { name: 'Add to waitlist…' }).click();
    const dialog = page.getByRole('dialog', { name: `Add ${name} to the waitlist` });
    await dialog.getByLabel('Visit').selectOption({ label: 'Consultation' });
    await dialog.getByText('Mornings', { exact: true }).click();
    await page.screenshot({ path: screenshotPath('waitlist-add-from-record'), fullPage: true });
    await dialog.getByRole('button', { name: 'Add to the waitlist' }).click();
    await dialog.waitFor({ state: 'detached' });
    const onRecord = page.getByRole('region', { name: 'On the waitlist' });
    await onRecord.getByText(/Consultation/).waitFor();

    await page.goto(`${journey.baseUrl}/staff/waitlist`);
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Consultation.*Mornings.*Waiting/);
    await page.screenshot({ path: screenshotPath('waitlist-staff-list'), fullPage: true });
    await row.getByRole('button', { name: 'Take off the waitlist' }).click();
    const confirm = page.getByRole('dialog', { name: 'Take off the waitlist?' });
    await confirm.getByRole('button', { name: 'Take off the waitlist' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('row').filter({ hasText: name }).count()).toBe(0);
    await page.getByText('Nobody is waiting.').waitFor();
  });
});

describe('stopping a course', () => {
  it('a practitioner stops a course with a reason: its booked visits are cancelled', async () => {
    const page = await journey.staffPage(PRACTITIONER);
    const { course } = await demoVisits(page);
    await openAppointments(page, course.patient.id);
    const card = page.getByRole('region', { name: 'Microneedling course' });
    await card.getByRole('button', { name: 'Stop this course…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop this course' });
    expect(await dialog.textContent()).toMatch(/These booked visits will be cancelled.*session 1 on /);
    await dialog.getByLabel('Reason').fill('Moving abroad; she will restart nearer home');
    await page.screenshot({ path: screenshotPath('course-stop-dialog'), fullPage: true });
    await dialog.getByRole('button', { name: 'Stop the course' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card
      .getByTestId('series-stopped')
      .getByText(/^Stopped on .* by Nurse Priya Shah — Moving abroad; she will restart nearer home$/)
      .waitFor();
    expect(await card.getByRole('button', { name: 'Stop this course…' }).count()).toBe(0);
    await page.getByText('No visits booked.').waitFor();
    await page.screenshot({ path: screenshotPath('course-stopped'), fullPage: true });
    const { appointments } = await journey.json<{ appointments: Visit[] }>(
      page,
      `/api/patients/${course.patient.id}/appointments`,
    );
    expect(appointments.find((a) => a.id === course.id)?.status).toBe('cancelled');
  });
});
