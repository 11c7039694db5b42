import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// A demo practitioner (server/src/demo/demo-people.ts); the demo clinic keeps London time.
const PRACTITIONER = 'priya@demo.corium.clinic';
const CLINIC_ZONE = 'Europe/London';

interface Visit {
  id: string;
  patient: { id: string; displayName: string };
  service: { code: string };
  start: string;
  series: { sessionNumber: number } | null;
}

/** The clinic's calendar day of an instant, `days` later, as `YYYY-MM-DD`. */
function clinicDay(instant: string | number, days = 0): string {
  const at = new Date(new Date(instant).getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: CLINIC_ZONE }).format(at);
}

/** The demo's single face microneedling on its busy day (server/src/demo/demo-bookings.ts), 1–3 days ahead. */
async function bookedNeedling(page: Page): Promise<Visit> {
  const from = new Date().toISOString();
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const { appointments } = await journey.json<{ appointments: Visit[] }>(
    page,
    `/api/appointments?from=${from}&to=${to}`,
  );
  return appointments.find((a) => a.service.code === 'microneedling_face' && a.series === null)!;
}

/** A signed-in practitioner; `bypassCSP` only so axe-core's script can be injected. */
async function practitioner(): Promise<Page> {
  const context = await journey.browser.newContext({
    viewport: { width: 1280, height: 860 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  await demoStaffSignIn(page, journey.baseUrl, PRACTITIONER);
  return page;
}

/** axe-core's serious and critical findings inside `selector`, as the page is now. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  // A string, because this file is type-checked without the DOM library.
  const violations = (await page.evaluate(
    `axe.run(${JSON.stringify(selector)}).then((r) => r.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map((n) => n.target.join(" ")) })))`,
  )) as { id: string; impact: string; nodes: string[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`);
}

const reschedule = async (page: Page, visit: Visit, start: string) => {
  const { csrfToken } = await journey.json<{ csrfToken: string }>(page, '/api/auth/session');
  return page.request.post(
    `${journey.baseUrl}/api/patients/${visit.patient.id}/appointments/${visit.id}/reschedule`,
    { headers: { 'X-CSRF-Token': csrfToken }, data: { start } },
  );
};

describe('other treatments on the patient record', () => {
  it('a practitioner records toxin given elsewhere, and booking then refuses needling too close to it', async () => {
    const page = await practitioner();
    const visit = await bookedNeedling(page);
    const toxinDay = clinicDay(visit.start, -3);

    await page.goto(`${journey.baseUrl}/staff/patients/${visit.patient.id}?tab=other-treatments`);
    await page.getByText('No toxin, filler, peel or laser treatments recorded.').waitFor();
    await page.getByRole('button', { name: 'Add a treatment given elsewhere…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a toxin, filler, peel or laser treatment' });
    await dialog.getByRole('combobox', { name: 'Treatment' }).click();
    await page.getByRole('option', { name: 'Botulinum toxin', exact: true }).click();
    await dialog.getByRole('button', { name: 'Whole face' }).click();
    await dialog.getByLabel('Product and dose').fill('Bocouture 20 U glabella');

    // Tomorrow cannot have been given elsewhere yet: the server's refusal sits beside the date.
    await dialog.getByLabel('Date given').fill(clinicDay(Date.now(), 1));
    await dialog.getByRole('button', { name: 'Record treatment' }).click();
    await dialog.getByText('A treatment given elsewhere is recorded once it has been given').waitFor();

    await dialog.getByLabel('Date given').fill(toxinDay);
    await dialog.getByRole('button', { name: 'Record treatment' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('table', { name: 'Other treatments' }).getByRole('row').nth(1);
    await row.waitFor();
    const text = await row.textContent();
    for (const words of ['Botulinum toxin', 'Bocouture 20 U glabella', 'Whole face', 'Elsewhere', 'Priya'])
      expect(text).toContain(words);
    await page.getByText(/^Booking refuses needling in the same area less than 14 days after/).waitFor();
    await page.screenshot({ path: screenshotPath('other-treatments-toxin-recorded'), fullPage: true });

    expect(await seriousViolations(page, '[role="tabpanel"]')).toEqual([]);

    // Moving the visit an hour later on the same day is refused: the toxin was 3 days before.
    const laterStart = new Date(Date.parse(visit.start) + 3_600_000).toISOString();
    const moved = await reschedule(page, visit, laterStart);
    const refusal = (await moved.json()) as { error: string; message: string };
    expect(moved.status(), JSON.stringify(refusal)).toBe(409);
    expect(refusal.error).toBe('SPACING_TOO_CLOSE');
    expect(refusal.message).toMatch(/botulinum toxin is 3 days before the needling/);

    // The toxin was in fact three weeks earlier: the correction supersedes the record, and the move goes through.
    await row.getByRole('button', { name: /^Correct the botulinum toxin/ }).click();
    const correcting = page.getByRole('dialog', { name: 'Correct this record' });
    await correcting.getByLabel('Date given').fill(clinicDay(visit.start, -21));
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await correcting.getByRole('button', { name: 'Save the correction' }).click();
    await correcting.waitFor({ state: 'detached' });
    await page.getByText('Corrected', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('other-treatments-corrected'), fullPage: true });
    expect((await reschedule(page, visit, laterStart)).status()).toBe(200);

    // It was the wrong patient's toxin after all: marked entered in error, it stays listed, struck through.
    await page.getByRole('button', { name: /^Mark the botulinum toxin of .+ entered in error$/ }).click();
    const withdrawing = page.getByRole('dialog', { name: /^Entered in error: botulinum toxin of/ });
    await withdrawing
      .getByText(
        'The record stays in the history, marked entered in error; booking no longer takes it into account.',
      )
      .waitFor();
    await withdrawing.getByLabel('Reason').fill('Recorded on the wrong patient');
    expect(await seriousViolations(page, '[role="dialog"]')).toEqual([]);
    await withdrawing.getByRole('button', { name: 'Mark entered in error' }).click();
    await withdrawing.waitFor({ state: 'detached' });
    await page.getByText(/^Entered in error — Recorded on the wrong patient \(Nurse Priya Shah, /).waitFor();
    expect(await page.getByRole('button', { name: /entered in error$/ }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('other-treatments-entered-in-error'), fullPage: true });
    expect(await seriousViolations(page, '[role="tabpanel"]')).toEqual([]);
  });
});
