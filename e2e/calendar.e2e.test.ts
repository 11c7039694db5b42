import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// Demo staff (server/src/demo/demo-people.ts); the front desk books, moves and cancels.
const FRONT_DESK = 'frontdesk@demo.corium.clinic';

interface Visit {
  id: string;
  patient: { id: string; displayName: string };
  service: { code: string };
  start: string;
  series: { sessionNumber: number } | null;
}

/**
 * The demo's busy day (server/src/demo/demo-bookings.ts): patient 1's first course session at
 * 10:00 with Priya, patient 2's single microneedling at 10:30 with Sam; each needles 45 minutes in.
 */
async function busyDay(page: Page): Promise<{ first: Visit; second: Visit }> {
  const from = new Date().toISOString();
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const { appointments } = await journey.json<{ appointments: Visit[] }>(
    page,
    `/api/appointments?from=${from}&to=${to}`,
  );
  const needling = appointments.filter((a) => a.service.code === 'microneedling_face');
  return {
    first: needling.find((a) => a.series !== null)!,
    second: needling.find((a) => a.series === null)!,
  };
}

const visitNow = async (page: Page, visit: Visit) =>
  (
    await journey.json<{ appointments: Visit[] }>(page, `/api/patients/${visit.patient.id}/appointments`)
  ).appointments.find((a) => a.id === visit.id)!;

/** A mouse drag in small steps, as a hand would: from the block's centre to a point. */
async function dragTo(page: Page, block: Locator, to: { x: number; y: number }): Promise<void> {
  const box = (await block.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

// One sign-in for the file: a second one within the same 30 s would reuse the TOTP code, which is refused.
let signedIn: Page | undefined;
async function frontDesk(): Promise<Page> {
  if (!signedIn) {
    signedIn = await journey.newPage();
    await demoStaffSignIn(signedIn, journey.baseUrl, FRONT_DESK);
  }
  return signedIn;
}

const blockOf = (page: Page, visit: Visit) =>
  page.getByRole('button', { name: new RegExp(visit.patient.displayName) }).first();

describe('the calendar', () => {
  it('shows a day by practitioner and by room, in the location’s time, from the keyboard too', async () => {
    const page = await frontDesk();
    const { first, second } = await busyDay(page);
    const day = first.start.slice(0, 10);
    await page.goto(`${journey.baseUrl}/staff/calendar?view=day&by=practitioner&date=${day}`);
    await blockOf(page, second).waitFor();
    // Sam needles patient 2 from 11:15, after 45 minutes of numbing in which he is free.
    expect(await blockOf(page, second).getAttribute('aria-label')).toMatch(/^11:15–11:45/);
    await page.screenshot({ path: screenshotPath('calendar-day-practitioners'), fullPage: true });

    await page.getByText('Rooms', { exact: true }).click();
    await expect.poll(() => blockOf(page, second).getAttribute('aria-label')).toMatch(/^10:30–11:55/);
    await page.getByRole('button', { name: 'Next day' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => blockOf(page, second).count()).toBe(0);
    await page.getByRole('button', { name: 'Previous day' }).press('Enter');
    await blockOf(page, second).waitFor();
    await page.getByText('Week', { exact: true }).click();
    // The six days the demo location opens (not Sunday), each with its rooms.
    await expect.poll(() => page.getByRole('list', { name: /^Treatment room 1, / }).count()).toBe(6);
    await blockOf(page, first).waitFor();
    await page.screenshot({ path: screenshotPath('calendar-week-rooms'), fullPage: true });
  });

  it('moves a visit by dragging it, and snaps back when the move is refused', async () => {
    const page = await frontDesk();
    const { first, second } = await busyDay(page);
    const day = second.start.slice(0, 10);
    await page.goto(`${journey.baseUrl}/staff/calendar?view=day&by=practitioner&date=${day}`);
    const block = blockOf(page, second);
    const box = (await block.boundingBox())!;

    // An hour later: 60 minutes at 1.4 px a minute.
    await dragTo(page, block, { x: box.x + box.width / 2, y: box.y + box.height / 2 + 84 });
    const confirm = page.getByRole('dialog', { name: 'Move this visit?' });
    expect(await confirm.getByTestId('move-summary').textContent()).toMatch(
      /10:30 \(Sam Okoye\) → .*11:30 \(Sam Okoye\)/,
    );
    await page.screenshot({ path: screenshotPath('calendar-drag-confirm'), fullPage: true });
    await confirm.getByRole('button', { name: 'Move' }).click();
    await confirm.waitFor({ state: 'detached' });
    const moved = await visitNow(page, second);
    expect(Date.parse(moved.start) - Date.parse(second.start)).toBe(3_600_000);
    await expect.poll(() => blockOf(page, second).getAttribute('aria-label')).toMatch(/^12:15–12:45/);

    // Onto Priya while she needles patient 1: refused in words, and nothing moves.
    const busy = (await blockOf(page, first).boundingBox())!;
    await dragTo(page, blockOf(page, second), { x: busy.x + busy.width / 2, y: busy.y + busy.height / 2 });
    await confirm.getByRole('button', { name: 'Move' }).click();
    await confirm.getByRole('alert').waitFor();
    await page.screenshot({ path: screenshotPath('calendar-drag-refused'), fullPage: true });
    await confirm.getByRole('button', { name: 'Back to the calendar' }).click();
    expect((await visitNow(page, second)).start).toBe(moved.start);
    await expect.poll(() => blockOf(page, second).getAttribute('aria-label')).toMatch(/^12:15–12:45/);
  });

  it('moves a visit without dragging, choosing a free time from a list', async () => {
    const page = await frontDesk();
    const { second } = await busyDay(page);
    const before = await visitNow(page, second);
    await page.goto(`${journey.baseUrl}/staff/calendar?view=day&date=${before.start.slice(0, 10)}`);
    await blockOf(page, second).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Move…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Move .*visit$/ });
    await dialog.getByRole('group', { name: 'Free times to move to' }).getByRole('button').first().click();
    await dialog.getByRole('button', { name: /^Move to / }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await visitNow(page, second)).start).not.toBe(before.start);
  });
});
