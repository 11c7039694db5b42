import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';

const journey = useJourney(['--demo']);

// Demo staff (server/src/demo/demo-people.ts): the medical director prescribes, the front desk does not.
const FRONT_DESK = 'frontdesk@demo.corium.clinic';
const DIRECTOR = 'director@demo.corium.clinic';
const REASON = 'Superficial 0.5 mm session on the forehead only; the earlier visit treats the cheeks.';

interface Visit {
  id: string;
  patient: { id: string; displayName: string };
  service: { code: string };
  series: unknown;
  spacingOverride: { reason: string; by: { displayName: string } } | null;
}

/** Patient 2's single microneedling visit on the demo's busy day (server/src/demo/demo-bookings.ts). */
async function needledVisit(page: Page): Promise<Visit> {
  const from = new Date().toISOString();
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const { appointments } = await journey.json<{ appointments: Visit[] }>(
    page,
    `/api/appointments?from=${from}&to=${to}`,
  );
  return appointments.find((a) => a.service.code === 'microneedling_face' && a.series === null)!;
}

/** A second needling visit at the first free time: days, not weeks, from the one booked. */
async function tryBookingTooSoon(page: Page, patient: Visit['patient']) {
  await page.goto(`${journey.baseUrl}/staff/patients/${patient.id}`);
  await page.getByRole('tab', { name: 'Appointments' }).click();
  await page.getByRole('button', { name: 'Book…' }).click();
  const dialog = page.getByRole('dialog', { name: `Book for ${patient.displayName}` });
  await dialog.getByRole('combobox', { name: 'Service' }).click();
  await page.getByRole('option', { name: /^Microneedling — face/ }).click();
  await dialog.getByRole('group', { name: 'Free times' }).getByRole('button').first().click();
  await dialog.getByRole('button', { name: 'Book this visit' }).click();
  const refusal = dialog.getByRole('alert').filter({ hasText: 'Too close to another needling session' });
  await refusal.waitFor();
  return { dialog, refusal };
}

describe('spacing between needling sessions', () => {
  it('is overridden only by a prescriber, with a reason the treatment room sees', async () => {
    const desk = await journey.staffPage(FRONT_DESK);
    const { patient } = await needledVisit(desk);
    const atDesk = await tryBookingTooSoon(desk, patient);
    expect(await atDesk.refusal.textContent()).toContain('A prescriber can allow it with a reason');
    expect(await atDesk.refusal.getByRole('button', { name: /as prescriber/ }).count()).toBe(0);
    await desk.screenshot({ path: screenshotPath('spacing-refused-front-desk'), fullPage: true });

    const director = await journey.staffPage(DIRECTOR);
    const { dialog, refusal } = await tryBookingTooSoon(director, patient);
    await refusal.getByRole('button', { name: 'Book anyway, as prescriber…' }).click();
    const override = director.getByRole('dialog', { name: 'Book closer than the spacing rules allow?' });
    await override.getByRole('button', { name: 'Book with my override' }).click();
    await override.getByText('Give the reason in a sentence').waitFor();
    await override.getByRole('textbox', { name: 'Why is it safe this time?' }).fill(REASON);
    await director.screenshot({ path: screenshotPath('spacing-override-reason'), fullPage: true });
    await override.getByRole('button', { name: 'Book with my override' }).click();
    await dialog.waitFor({ state: 'detached' });

    const { appointments } = await journey.json<{ appointments: Visit[] }>(
      director,
      `/api/patients/${patient.id}/appointments`,
    );
    const overridden = appointments.find((a) => a.spacingOverride !== null)!;
    expect(overridden.spacingOverride).toMatchObject({
      reason: REASON,
      by: { displayName: 'Dr Helena Varga' },
    });

    // The room sees why the visit is closer than the rules allow before it starts.
    await director.goto(
      `${journey.baseUrl}/staff/patients/${patient.id}/appointments/${overridden.id}/start`,
    );
    const notes = director.getByRole('region', { name: 'From the booking' });
    await notes.waitFor();
    expect(await notes.textContent()).toContain(REASON);
    await director.screenshot({ path: screenshotPath('spacing-override-start'), fullPage: true });
  });
});
