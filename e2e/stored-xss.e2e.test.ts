import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from '../server/test/process/corium-process';
import { recordBatteryFigure } from '../server/test/battery/battery-figures';
import { launchBrowser } from './browser';
import { demoStaffSignIn, passwordSignIn } from './sign-in';
import { storeAsDirector, type ClinicalIds } from './xss-store-clinical';
import { apiOf, payload, payloads, storeAsAdmin } from './xss-store';
import { inspect, portalPages, publicPages, staffPages, sweepPage, type Sweep } from './xss-sweep';

/**
 * The stored-XSS sweep (issue 13): the payloads go into every text field a user can set, through
 * the API as the role that sets it; then every page is opened as each role with a trap for
 * script execution — `__xss()` exposed to the page, dialogs watched, inline-script refusals by
 * the CSP counted. Nothing may run.
 */
let corium: CoriumProcess;
let browser: Browser;
let dataDir: string;
let baseUrl: string;
let ids: ClinicalIds & { templateId: string };
const signedIn = new Map<string, Page>();
const sweep: Sweep = { pages: 0, showing: 0, executions: [], refusedScripts: [], scriptLinks: [] };
const PORTAL_EMAIL = 'patient@demo.corium.clinic';

/** A browser context whose every page records calls of `__xss()` and dialogs. */
async function trappedContext(role: string, into: Sweep = sweep): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.exposeBinding('__xss', ({ page }) => void into.executions.push(`${role}: ${page.url()}`));
  await context.addInitScript(() => {
    const refused: string[] = [];
    (window as unknown as { __refusedScripts: string[] }).__refusedScripts = refused;
    // Inline scripts and handlers only: injected markup shows as these. (Zod's `Function('')`
    // probe for its fast path, refused on every page by the same policy, is not stored content.)
    document.addEventListener('securitypolicyviolation', (e) => {
      if (e.effectiveDirective.startsWith('script-src') && e.blockedURI === 'inline')
        refused.push(`${e.effectiveDirective} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  context.on('page', (page) => watchDialogs(page, role, into));
  return context;
}

function watchDialogs(page: Page, role: string, into: Sweep = sweep): void {
  page.on('dialog', (dialog) => {
    into.executions.push(`${role}: dialog "${dialog.message()}" on ${page.url()}`);
    void dialog.dismiss();
  });
}

async function signedInPage(role: string, email: string): Promise<Page> {
  if (signedIn.has(role)) return signedIn.get(role)!;
  const page = await (await trappedContext(role)).newPage();
  if (role === 'patient') {
    await passwordSignIn(page, baseUrl, email);
    await page.waitForURL('**/portal');
  } else await demoStaffSignIn(page, baseUrl, email);
  signedIn.set(role, page);
  return page;
}

/** The clinic's name has no API after set-up (it shows on public pages): set in the database. */
async function nameTheClinic(name: string): Promise<void> {
  const client = new pg.Client({
    host: path.join(dataDir, 'postgres'),
    port: 5432,
    user: 'postgres',
    database: 'corium',
    password: readFileSync(path.join(dataDir, 'postgres.secret'), 'utf8').trim(),
  });
  await client.connect();
  await client.query('UPDATE clinic SET name = $1', [name]).finally(() => client.end());
}

beforeAll(async () => {
  dataDir = await tempDataDir();
  corium = await startCorium({ DATA_DIR: dataDir }, ['--demo']);
  await waitHealthy(corium);
  baseUrl = corium.url.replace('127.0.0.1', 'localhost');
  browser = await launchBrowser();
  const admin = apiOf(baseUrl, await signedInPage('admin', 'admin@demo.corium.clinic'));
  const { templateId } = await storeAsAdmin(admin);
  const patient = apiOf(baseUrl, await signedInPage('patient', PORTAL_EMAIL));
  const portalPatientId = (await patient.get<{ patient: { id: string } }>('/api/portal/record')).patient.id;
  const director = apiOf(baseUrl, await signedInPage('medical_director', 'director@demo.corium.clinic'));
  const clinical = await storeAsDirector(director, portalPatientId);
  await patient.send('PUT', '/api/portal/intake/draft', { answers: { allergies: [payload(200)] } });
  await nameTheClinic(`${payloads[0]} Clinic`);
  ids = { ...clinical, templateId };
  const refused = [...admin.refused, ...director.refused, ...patient.refused];
  expect(refused, 'every payload should have been stored').toEqual([]);
}, 240_000);

afterAll(async () => {
  const ok =
    sweep.executions.length === 0 && sweep.refusedScripts.length === 0 && sweep.scriptLinks.length === 0;
  recordBatteryFigure('stored-xss', `${payloads.length} payloads × ${sweep.pages} pages 0 executions`, ok);
  await browser?.close();
  if (corium) await stopCorium(corium);
});

const roles = [
  { role: 'admin', email: 'admin@demo.corium.clinic' },
  { role: 'medical_director', email: 'director@demo.corium.clinic' },
  { role: 'practitioner', email: 'priya@demo.corium.clinic' },
  { role: 'front_desk', email: 'frontdesk@demo.corium.clinic' },
  { role: 'patient', email: PORTAL_EMAIL },
];

describe('stored XSS', () => {
  for (const { role, email } of roles) {
    it(`runs no stored script on any page a ${role.replace('_', ' ')} opens`, async () => {
      const page = await signedInPage(role, email);
      const pages = role === 'patient' ? portalPages() : staffPages(ids);
      for (const url of [...pages, ...publicPages]) await sweepPage(page, baseUrl, url, role, sweep);
      expect(sweep.executions).toEqual([]);
      expect(sweep.refusedScripts).toEqual([]);
      expect(sweep.scriptLinks).toEqual([]);
    }, 600_000);
  }

  it('an anonymous visitor runs none on the public pages either', async () => {
    const page = await (await trappedContext('anonymous')).newPage();
    for (const url of publicPages) await sweepPage(page, baseUrl, url, 'anonymous', sweep);
    expect(sweep.executions).toEqual([]);
    // The payloads reached the screens as text: the sweep looked where they are.
    expect(sweep.showing).toBeGreaterThan(20);
  }, 300_000);

  it('the trap sees what it looks for: a call, a dialog, an injected handler, a script link', async () => {
    const check: Sweep = { pages: 0, showing: 0, executions: [], refusedScripts: [], scriptLinks: [] };
    const page = await (await trappedContext('self-check', check)).newPage();
    await page.goto(`${baseUrl}/learn`);
    await page.evaluate(() => {
      (window as unknown as { __xss(): void }).__xss();
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src=x onerror=__xss()><a href="javascript:__xss()">x</a>',
      );
      setTimeout(() => alert('xss'));
    });
    await expect.poll(() => check.executions.length).toBe(2);
    const refusedSoFar = () =>
      page.evaluate(() => (window as unknown as { __refusedScripts: string[] }).__refusedScripts.length);
    await expect.poll(refusedSoFar).toBe(1);
    await inspect(page, 'self-check', check);
    expect(check.refusedScripts).toHaveLength(1);
    expect(check.scriptLinks).toHaveLength(1);
  }, 120_000);
});
