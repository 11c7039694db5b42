import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, instantAt, wallClockOf, weekdayOf } from '../server/src/modules/booking/wall-clock';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

/**
 * A session starts on the day of its visit, so the journey runs Corium's clock (and the
 * browsers') from a Tuesday at 08:30 in the clinic, at least two days ahead: Priya works then
 * and the day has free time, whenever the suite runs.
 */
function nextTuesdayMorning(): Date {
  const soon = wallClockOf(new Date(Date.now() + 2 * 86_400_000), 'Europe/London').date;
  return instantAt(addDays(soon, (9 - weekdayOf(soon)) % 7), '08:30', 'Europe/London');
}

const journey = useJourney(['--demo'], { clockAt: nextTuesdayMorning() });

// Demo staff (server/src/demo/demo-people.ts): Priya treats and prescribes.
const PRACTITIONER = 'priya@demo.corium.clinic';
const PRACTITIONER_NAME = 'Nurse Priya Shah';
const ADMIN = 'admin@demo.corium.clinic';
// A usable lot of the demo's 12-pin cartridges (server/src/demo/demo-clinic.ts), as a scanner types it.
const CARTRIDGE_CODE = '(10)LOT-25B031';

interface Slot {
  start: string;
  assignment: Record<string, string>;
}

interface TodayVisit {
  patientId: string;
  appointmentId: string;
  /** As the chart's heading shows it, once the session has started. */
  name?: string;
}

/** A tablet in the treatment room: 1024 × 768 held sideways, or 768 × 1024 upright, with touch. */
async function tablet(width: number, height: number): Promise<Page> {
  const context = await journey.browser.newContext({ viewport: { width, height }, hasTouch: true });
  await context.clock.install({ time: journey.now() });
  return context.newPage();
}

async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: object): Promise<T> {
  const url = `${journey.baseUrl}${path}`;
  if (method === 'GET') {
    const response = await page.request.get(url);
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as T;
  }
  const { csrfToken } = await api<{ csrfToken: string }>(page, 'GET', '/api/auth/session');
  const response = await page.request.post(url, { headers: { 'X-CSRF-Token': csrfToken }, data });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** Priya's first free microneedling time on the journey's day. */
async function slotToday(page: Page) {
  const { services } = await api<{ services: { id: string; code: string }[] }>(
    page,
    'GET',
    '/api/booking/services',
  );
  const service = services.find((s) => s.code === 'microneedling_face')!;
  const resources = await api<{
    locations: { id: string; timeZone: string }[];
    practitioners: { id: string; displayName: string }[];
  }>(page, 'GET', '/api/booking/resources');
  const location = resources.locations[0]!;
  const priya = resources.practitioners.find((p) => p.displayName === PRACTITIONER_NAME)!;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: location.timeZone }).format(journey.now());
  const query = `serviceId=${service.id}&locationId=${location.id}&from=${today}&to=${today}&practitionerId=${priya.id}`;
  const { slots } = await api<{ slots: Slot[] }>(page, 'GET', `/api/booking/availability?${query}`);
  const slot = slots[0];
  return slot ? { serviceId: service.id, locationId: location.id, slot } : null;
}

/**
 * Books today's visit for the first demo patient the booking's screening and spacing accept
 * (the demo's histories and courses rule some out), as the front desk would.
 */
async function bookToday(page: Page): Promise<TodayVisit> {
  const free = await slotToday(page);
  if (!free) throw new Error('Priya has no free microneedling time on the journey’s Tuesday');
  const { patients } = await api<{ patients: { id: string }[] }>(page, 'GET', '/api/patients?limit=100');
  const { csrfToken } = await api<{ csrfToken: string }>(page, 'GET', '/api/auth/session');
  for (const patient of patients) {
    const response = await page.request.post(`${journey.baseUrl}/api/patients/${patient.id}/appointments`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: {
        serviceId: free.serviceId,
        locationId: free.locationId,
        start: free.slot.start,
        assignment: free.slot.assignment,
        idempotencyKey: `treatment-room-e2e-${patient.id}`,
      },
    });
    if (response.status() === 201) {
      const visit = (await response.json()) as { id: string };
      return { patientId: patient.id, appointmentId: visit.id };
    }
  }
  throw new Error('No demo patient could be booked for microneedling today');
}

/** The patient signs the microneedling consent on the clinic's tablet (the consent journey covers the screen). */
async function signConsent(page: Page, patientId: string): Promise<void> {
  const base = `/api/patients/${patientId}/consents`;
  const rendered = await api<{ templateVersion: { id: string } }>(
    page,
    'GET',
    `${base}/render/microneedling`,
  );
  await api(page, 'POST', base, {
    templateVersionId: rendered.templateVersion.id,
    typedName: 'Demo Patient',
    signature: {
      width: 400,
      height: 150,
      strokes: [
        [
          [20, 110],
          [80, 30],
          [140, 120],
          [220, 40],
          [300, 100],
        ],
      ],
    },
  });
}

/** Today's "has anything changed?" check, nothing changed, for the zones about to be treated. */
async function dayOfCheck(page: Page, patientId: string): Promise<void> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(journey.now());
  await api(page, 'POST', `/api/patients/${patientId}/screenings/day-of`, {
    attestedBy: 'patient',
    changed: false,
    plannedTreatment: {
      date: today,
      modality: 'microneedling',
      zones: ['cheeks', 'forehead'],
      maxDepthMm: 1,
    },
    isFirstSession: false,
  });
}

const zoneButton = (page: Page, name: RegExp) => page.getByRole('button', { name });

/** Records the zone open in the panel at 1 mm with the given endpoint, and waits for the map to show it. */
async function recordZone(page: Page, zone: string, endpoint: string): Promise<void> {
  const panel = page.getByRole('region', { name: zone });
  const depth = panel.getByRole('group', { name: 'Needle depth' }).locator('output');
  // The first zone starts shallow; the next one starts from the previous zone's depth.
  for (
    let mm = parseFloat((await depth.textContent())!);
    mm !== 1;
    mm = parseFloat((await depth.textContent())!)
  ) {
    await panel.getByRole('button', { name: mm < 1 ? 'More: Needle depth' : 'Less: Needle depth' }).click();
  }
  await panel.getByRole('button', { name: endpoint, exact: true }).click();
  await panel.getByRole('button', { name: 'Save zone' }).click();
  const label = new RegExp(`^${zone}: 1 mm, ${endpoint.toLowerCase()}$`);
  await zoneButton(page, label).waitFor();
}

/** From the patient's record: check in, then the four checks, photos declined, and start. */
async function startSession(room: Page, patientId: string): Promise<void> {
  await room.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
  await room.getByRole('tab', { name: 'Appointments' }).click();
  await room.getByRole('button', { name: 'Check in' }).click();
  await room.getByRole('link', { name: 'Start session' }).click();
  await room.getByRole('heading', { name: /^Start a session: / }).waitFor();
  const checks = room.getByRole('list', { name: 'Checks before starting' });
  const start = room.getByRole('button', { name: 'Start the session' });
  await expect.poll(() => checks.getByRole('listitem').first().textContent()).toMatch(/^Checked in: Done/);
  expect(await checks.getByRole('listitem').nth(1).textContent()).toMatch(/^Day-of screening: Not yet/);
  expect(await start.isDisabled()).toBe(true);

  await dayOfCheck(room, patientId);
  await room.getByRole('button', { name: 'Check again' }).click();
  await expect.poll(() => start.isEnabled()).toBe(true);
  await room.getByRole('radio', { name: 'Declined by the patient' }).check();
  await room
    .getByLabel('Why there are no baseline photos')
    .fill('The patient asked not to be photographed today');
  await room.screenshot({ path: screenshotPath('treatment-room-start'), fullPage: true });
  await start.click();
  await room.waitForURL(`**/staff/patients/${patientId}/sessions/*`);
}

/** Two zones (a tap, then the keyboard, as a switch user would) and a cartridge scanned. */
async function chartSession(room: Page): Promise<void> {
  await zoneButton(room, /^Forehead: not treated yet$/).click();
  await recordZone(room, 'Forehead', 'Erythema');
  await zoneButton(room, /^Cheeks: not treated yet$/).focus();
  await room.keyboard.press('Enter');
  await recordZone(room, 'Cheeks', 'Pinpoint bleeding');
  expect(await zoneButton(room, /^Cheeks: /).getAttribute('aria-pressed')).toBe('true');
  // Every shape of every face zone is a glove-sized target at this size.
  const sides = await room
    .locator('g[role="button"] rect')
    .evaluateAll((shapes) => shapes.map((shape) => shape.getBoundingClientRect()));
  expect(Math.min(...sides.map((side) => Math.min(side.width, side.height)))).toBeGreaterThanOrEqual(44);

  const scan = room.getByLabel('Scan a cartridge');
  await scan.fill(CARTRIDGE_CODE);
  await scan.press('Enter');
  await room
    .getByRole('list', { name: 'Cartridges used' })
    .getByText(/lot LOT-25B031/)
    .waitFor();
  expect(await scan.inputValue()).toBe('');
  await room.screenshot({ path: screenshotPath('treatment-room-chart-landscape'), fullPage: true });
}

const signedBanner = (page: Page) => page.getByText(new RegExp(`^Signed by ${PRACTITIONER_NAME} at `));

async function signChart(room: Page): Promise<void> {
  await room.getByRole('button', { name: 'Sign the chart…' }).click();
  const dialog = room.getByRole('dialog', { name: 'Sign this chart?' });
  expect(await dialog.getByRole('list', { name: 'Zones to sign' }).getByRole('listitem').count()).toBe(2);
  expect(await dialog.getByRole('list', { name: 'Cartridges to sign' }).textContent()).toMatch(/LOT-25B031/);
  await room.screenshot({ path: screenshotPath('treatment-room-sign'), fullPage: true });
  await dialog.getByRole('button', { name: 'Sign and lock' }).click();
  await signedBanner(room).waitFor();
}

let room: Page | undefined;
let visit: TodayVisit | null = null;

describe('the treatment room', () => {
  it('checks in, starts, charts two zones and a scanned cartridge, and signs on a tablet', async () => {
    room = await tablet(1024, 768);
    await demoStaffSignIn(room, journey.baseUrl, PRACTITIONER, journey.now());
    visit = await bookToday(room);
    await signConsent(room, visit.patientId);
    await startSession(room, visit.patientId);
    // The chart's heading is the patient's name, once the start page has given way to it.
    const heading = room.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).not.toMatch(/^Start a session/);
    visit.name = (await heading.textContent())!;
    await chartSession(room);
    await signChart(room);

    // Read-only now: nothing to save or scan, and each zone shows what was recorded.
    expect(await room.getByRole('button', { name: 'Save zone' }).count()).toBe(0);
    expect(await room.getByLabel('Scan a cartridge').count()).toBe(0);
    // A tap on the left cheek: the zone's two shapes are one button.
    await zoneButton(room, /^Cheeks: /)
      .locator('rect')
      .first()
      .click();
    await room.getByRole('region', { name: 'Cheeks' }).getByText('Pinpoint bleeding').waitFor();
    await room.screenshot({ path: screenshotPath('treatment-room-signed'), fullPage: true });
  });

  it('lists the signed session in the patient’s Sessions tab, and fits a tablet held upright', async () => {
    if (!room || !visit) throw new Error('The charting journey above did not chart a session');
    await room.goto(`${journey.baseUrl}/staff/patients/${visit.patientId}`);
    await room.getByRole('tab', { name: 'Sessions' }).click();
    const row = room.getByRole('table', { name: 'Treatment sessions' }).getByRole('row').nth(1);
    await expect.poll(() => row.textContent()).toMatch(/Forehead, Cheeks|Cheeks, Forehead/);
    expect(await row.textContent()).toMatch(/1 mm.*Signed/);
    await row.getByRole('link').click();
    await signedBanner(room).waitFor();

    await room.setViewportSize({ width: 768, height: 1024 });
    const map = (await room.getByRole('group', { name: 'Face, neck and décolletage' }).boundingBox())!;
    expect(map.x + map.width).toBeLessThanOrEqual(768);
    await room.screenshot({ path: screenshotPath('treatment-room-chart-portrait'), fullPage: true });
  });

  it('recalls the scanned lot as the administrator, and finds the patient in the affected list', async () => {
    if (!visit?.name) throw new Error('The charting journey above did not chart a session');
    const admin = await tablet(1024, 768);
    await demoStaffSignIn(admin, journey.baseUrl, ADMIN, journey.now());
    await admin.goto(`${journey.baseUrl}/staff/recalls`);
    await admin.getByRole('button', { name: 'New recall' }).click();
    const dialog = admin.getByRole('dialog', { name: 'New recall' });
    await dialog
      .getByLabel('Lot', { exact: true })
      .selectOption({ label: 'LOT-25B031 — Sterile cartridge 12-pin' });
    await dialog
      .getByLabel('Reason', { exact: true })
      .fill('Maker’s notice: needle tips of this lot may be blunt');
    await dialog.getByRole('button', { name: 'Recall', exact: true }).click();
    await admin.waitForURL('**/staff/recalls/*');
    const affected = admin.getByRole('table', { name: 'Affected patients and sessions' });
    await affected.getByRole('link', { name: visit.name }).waitFor();
    expect(await affected.getByRole('row').filter({ hasText: visit.name }).textContent()).toContain(
      PRACTITIONER_NAME,
    );
    await admin.screenshot({ path: screenshotPath('treatment-room-recall'), fullPage: true });
  });
});
