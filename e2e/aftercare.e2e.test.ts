import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, instantAt, wallClockOf, weekdayOf } from '../server/src/modules/booking/wall-clock';
import { totpCodeAt, totpStep } from '../server/src/platform/auth/totp';
import {
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from '../server/test/process/corium-process';
import { api, treatAndSign, type Corium } from './aftercare-setup';
import { launchBrowser, screenshotPath } from './browser';
import { clockEnv } from './journeys';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, passwordSignIn } from './sign-in';

// Demo people (server/src/demo): Priya treats; the portal patient is the demo's first patient.
const PRACTITIONER = 'priya@demo.corium.clinic';
const PATIENT = 'patient@demo.corium.clinic';
const ZONE = 'Europe/London';
// The demo's usable cartridge lot that the set-up charts (aftercare-setup.ts).
const CARTRIDGE_LOT = 'LOT-25B031';

/**
 * The treatment is charted on a Tuesday at 10:00 (Priya works then) at least two days from now,
 * and the day-3 check-in is answered on the Friday at noon, inside its window (08:00 + 24 h).
 * Corium runs on those clocks through `clock-shift.mjs`; the browser's clock is set to match.
 */
function journeyDays(): { treatedAt: Date; checkInAt: Date; treatmentDate: string } {
  const soon = wallClockOf(new Date(Date.now() + 2 * 86_400_000), ZONE).date;
  const treatmentDate = addDays(soon, (9 - weekdayOf(soon)) % 7);
  return {
    treatmentDate,
    treatedAt: instantAt(treatmentDate, '10:00', ZONE),
    checkInAt: instantAt(addDays(treatmentDate, 3), '12:00', ZONE),
  };
}

const days = journeyDays();
const dataDir = { path: '' };
let corium: CoriumProcess | undefined;
let browser: Browser;
const running: Corium = { baseUrl: '' };

/** Corium on the demo's data, its clock at `now`. */
async function startAt(now: Date): Promise<void> {
  if (corium) await stopCorium(corium);
  corium = await startCorium({ DATA_DIR: dataDir.path, ...clockEnv(now) }, ['--demo']);
  await waitHealthy(corium);
  running.baseUrl = corium.url.replace('127.0.0.1', 'localhost');
}

async function contextAt(now: Date, viewport = { width: 1280, height: 860 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, hasTouch: viewport.width < 500 });
  await context.clock.install({ time: now });
  return context;
}

/** A demo staff sign-in, the code from the authenticator at Corium's (shifted) time. */
async function staffSignIn(page: Page, email: string, now: Date): Promise<void> {
  await passwordSignIn(page, running.baseUrl, email, DEMO_PASSWORD);
  await page.getByLabel('Authentication code').fill(totpCodeAt(DEMO_TOTP_SECRET, totpStep(now)));
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL('**/staff');
}

beforeAll(async () => {
  dataDir.path = await tempDataDir();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (corium) await stopCorium(corium);
});

interface Treated {
  patientId: string;
  givenName: string;
}

let treated: Treated | undefined;

describe('aftercare', () => {
  it('a signed chart makes the demo patient a recovery plan', async () => {
    await startAt(days.treatedAt);
    const patientContext = await contextAt(days.treatedAt);
    const patientPage = await patientContext.newPage();
    await passwordSignIn(patientPage, running.baseUrl, PATIENT);
    await patientPage.waitForURL('**/portal');
    const { patient } = await api<{ patient: { id: string; givenName: string } }>(
      running,
      patientPage,
      'GET',
      '/api/portal/record',
    );
    await patientContext.close();

    const room = await (await contextAt(days.treatedAt)).newPage();
    await staffSignIn(room, PRACTITIONER, days.treatedAt);
    await treatAndSign(running, room, patient.id, days.treatmentDate);
    const aftercare = await api<{ plans: { treatmentDate: string; checkIns: { day: number }[] }[] }>(
      running,
      room,
      'GET',
      `/api/patients/${patient.id}/aftercare`,
    );
    expect(aftercare.plans[0]?.treatmentDate).toBe(days.treatmentDate);
    expect(aftercare.plans[0]?.checkIns.map((c) => c.day)).toContain(3);
    treated = { patientId: patient.id, givenName: patient.givenName };
  });

  it('on day 3 the patient reports pus on a phone and is told the clinic will call the same day', async () => {
    expect(treated, 'the plan of the first step').toBeDefined();
    await startAt(days.checkInAt);
    const context = await contextAt(days.checkInAt, { width: 390, height: 844 });
    const page = await context.newPage();
    await passwordSignIn(page, running.baseUrl, PATIENT);
    await page.waitForURL('**/portal');
    await page
      .getByRole('navigation', { name: 'Your portal' })
      .getByRole('link', { name: 'Your recovery' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Your recovery' }).waitFor();
    await page.getByRole('heading', { name: /^Today · Day 3 · / }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('aftercare-recovery-phone'), fullPage: true });

    await page.getByRole('link', { name: 'Check in now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Day 3 check-in' }).waitFor();
    await answerDay3WithPus(page);
    await page.getByText(/^The clinic will contact you by /).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Call emergency services' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('aftercare-check-in-urgent-phone'), fullPage: true });
    await context.close();
  });

  it('the practitioner sees the urgent alert, acknowledges it and records an adverse event linked to the lot', async () => {
    const { patientId, givenName } = treated!;
    const page = await (await contextAt(days.checkInAt)).newPage();
    await staffSignIn(page, PRACTITIONER, days.checkInAt);
    await page.getByRole('link', { name: 'Alerts' }).click();
    const urgent = page.getByRole('region', { name: 'Urgent' });
    const card = urgent.getByRole('listitem').filter({ hasText: givenName });
    await card.getByRole('timer').waitFor();
    expect(await card.textContent()).toMatch(/Day 3 check-in/);
    await page.screenshot({ path: screenshotPath('aftercare-alerts-dashboard'), fullPage: true });

    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.getByText(/^Acknowledged by /).waitFor();
    await card.getByRole('button', { name: 'Record adverse event' }).click();
    const dialog = page.getByRole('dialog', { name: /^Record an adverse event/ });
    await recordInfection(page, dialog);
    await page
      .getByRole('dialog', { name: /^Adverse event recorded/ })
      .getByText(new RegExp(CARTRIDGE_LOT))
      .waitFor();
    await page.screenshot({ path: screenshotPath('aftercare-adverse-event'), fullPage: true });

    const aftercare = await api<{
      alerts: { status: string; adverseEventId: string | null }[];
      adverseEvents: { term: string; onsetDay: number; cartridgeLots: { lotNumber: string }[] }[];
    }>(running, page, 'GET', `/api/patients/${patientId}/aftercare`);
    expect(aftercare.alerts[0]).toMatchObject({ status: 'acknowledged' });
    expect(aftercare.alerts[0]!.adverseEventId).not.toBeNull();
    expect(aftercare.adverseEvents[0]).toMatchObject({ term: 'bacterial_infection', onsetDay: 3 });
    expect(aftercare.adverseEvents[0]!.cartridgeLots.map((lot) => lot.lotNumber)).toEqual([CARTRIDGE_LOT]);
  });
});

/** Every score "mild" (the second card), every yes/no "No" except pus or crusts. */
async function answerDay3WithPus(page: Page): Promise<void> {
  const effects = page.getByRole('region', { name: 'How your skin is today' }).getByRole('radiogroup');
  for (const group of await effects.all()) await group.getByRole('radio').nth(1).click();
  const flags = page
    .getByRole('region', { name: 'Anything that is not usual healing?' })
    .getByRole('radiogroup');
  for (const group of await flags.all()) {
    const name = (await group.getAttribute('aria-labelledby'))!;
    const question = (await page.locator(`[id="${name}"]`).textContent()) ?? '';
    await group.getByRole('radio', { name: /pus|crust/i.test(question) ? 'Yes' : 'No' }).click();
  }
  await page.getByText(/^(\d+) of \1 answered$/).waitFor();
  await page.getByRole('button', { name: 'Send my answers' }).click();
}

async function recordInfection(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<void> {
  await dialog.getByRole('combobox', { name: 'Event' }).fill('Bacterial');
  await page.getByRole('option', { name: 'Bacterial infection', exact: true }).click();
  await dialog.getByRole('radio', { name: '2 · Moderate' }).check();
  await dialog.getByLabel('Treatment given (optional)').fill('Oral flucloxacillin for 7 days');
  await dialog.getByRole('combobox', { name: 'Outcome so far' }).click();
  await page.getByRole('option', { name: 'Recovering', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Causality (WHO-UMC)' }).click();
  await page.getByRole('option', { name: 'Probable / likely', exact: true }).click();
  await dialog.getByText(new RegExp(`lot ${CARTRIDGE_LOT}`)).waitFor();
  await dialog.getByRole('button', { name: 'Record adverse event' }).click();
}
