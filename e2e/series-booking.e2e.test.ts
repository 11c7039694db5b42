import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';

const journey = useJourney(['--demo']);

// Demo staff (server/src/demo/demo-people.ts).
const PRACTITIONER = 'priya@demo.corium.clinic';
const FRONT_DESK = 'frontdesk@demo.corium.clinic';

interface Visit {
  id: string;
  patient: { id: string; displayName: string };
  service: { id: string; code: string };
  locationId: string;
  start: string;
  status: string;
  series: { id: string; sessionNumber: number } | null;
}

interface Slot {
  start: string;
  assignment: Record<string, string>;
}

/**
 * The demo's visits of the coming weeks (server/src/demo/demo-bookings.ts): patient 4 has only
 * a review, and a clear history; patient 2 a single microneedling visit, outside any course.
 */
async function demoVisits(page: Page): Promise<{ reviewed: Visit; needled: Visit }> {
  const from = new Date().toISOString();
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const { appointments } = await journey.json<{ appointments: Visit[] }>(
    page,
    `/api/appointments?from=${from}&to=${to}`,
  );
  const reviewed = appointments.find((a) => a.service.code === 'review')!;
  const needled = appointments.find((a) => a.service.code === 'microneedling_face' && a.series === null)!;
  return { reviewed, needled };
}

async function planFourSessions(page: Page, patientId: string): Promise<void> {
  await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
  await page.getByRole('tab', { name: 'Appointments' }).click();
  await page.getByRole('button', { name: 'Plan a course…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a course of treatment' });
  await dialog.getByLabel('Sessions', { exact: true }).fill('4');
  await dialog.getByLabel(/^Zones/).fill('Chee');
  await page.getByRole('option', { name: 'Cheeks' }).click();
  await page.keyboard.press('Escape');
  await dialog.getByLabel('Cheeks: planned depth (mm)').fill('1');
  await page.screenshot({ path: screenshotPath('series-plan'), fullPage: true });
  await dialog.getByRole('button', { name: 'Plan the course' }).click();
  await expect.poll(() => page.getByTestId('series-progress').first().textContent()).toBe('0 of 4 booked');
}

async function openSeriesBooking(page: Page, patientName: string): Promise<void> {
  await page.goto(`${journey.baseUrl}/staff/calendar?view=week`);
  await page.getByRole('button', { name: 'Book…' }).click();
  await page.getByRole('combobox', { name: 'Patient' }).fill(patientName.split(' ')[0]!);
  await page.getByRole('option', { name: new RegExp(`^${patientName}`) }).click();
  await page.getByTestId('session-4').waitFor();
}

/** Session 2's proposed time, booked for someone else through the API, as a colleague at another desk would. */
async function takeSessionTwo(page: Page, patientId: string, other: Visit): Promise<string> {
  const { series } = await journey.json<{ series: { id: string }[] }>(
    page,
    `/api/patients/${patientId}/treatment-series`,
  );
  const query = `serviceId=${other.service.id}&locationId=${other.locationId}`;
  const proposal = await journey.json<{ sessions: { sessionNumber: number; slot: Slot }[] }>(
    page,
    `/api/patients/${patientId}/treatment-series/${series[0]!.id}/proposal?${query}`,
  );
  const slot = proposal.sessions.find((s) => s.sessionNumber === 2)!.slot;
  const response = await journey.post(page, `/api/patients/${other.patient.id}/appointments`, {
    serviceId: other.service.id,
    locationId: other.locationId,
    start: slot.start,
    assignment: slot.assignment,
    idempotencyKey: `e2e-taken-${Date.now()}`,
  });
  expect(response.status()).toBe(201);
  return slot.start;
}

describe('a course booked from the calendar', () => {
  it('is planned by a practitioner and booked by the front desk, despite a time taken meanwhile', async () => {
    const practitioner = await journey.staffPage(PRACTITIONER);
    const { reviewed, needled } = await demoVisits(practitioner);
    const patient = reviewed.patient;
    await planFourSessions(practitioner, patient.id);

    const desk = await journey.staffPage(FRONT_DESK);
    await openSeriesBooking(desk, patient.displayName);
    await desk.screenshot({ path: screenshotPath('series-proposal'), fullPage: true });
    const taken = await takeSessionTwo(desk, patient.id, needled);

    await desk.getByRole('button', { name: 'Book all 4 sessions' }).click();
    const alert = desk
      .getByRole('alert')
      .filter({ hasText: 'Session 2’s time was just booked by someone else' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nothing was booked yet');
    await desk.screenshot({ path: screenshotPath('series-slot-taken'), fullPage: true });
    await alert.getByRole('button', { name: /^Take / }).click();
    await desk.getByRole('button', { name: 'Book all 4 sessions' }).click();
    await desk.getByRole('dialog').waitFor({ state: 'detached' });

    const { appointments } = await journey.json<{ appointments: Visit[] }>(
      desk,
      `/api/patients/${patient.id}/appointments`,
    );
    const sessions = appointments.filter((a) => a.series !== null && a.status === 'booked');
    expect(sessions.map((a) => a.series!.sessionNumber).sort()).toEqual([1, 2, 3, 4]);
    expect(sessions.map((a) => a.start)).not.toContain(taken);

    // The first session, where the front desk sees it: its week in the calendar.
    const first = sessions.find((a) => a.series!.sessionNumber === 1)!;
    const day = first.start.slice(0, 10);
    await desk.goto(`${journey.baseUrl}/staff/calendar?view=week&by=room&date=${day}`);
    const block = desk.getByRole('button', { name: new RegExp(patient.displayName) }).first();
    await block.scrollIntoViewIfNeeded();
    await desk.screenshot({ path: screenshotPath('series-in-calendar'), fullPage: true });
  });
});
