import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertChartedSession } from '../server/src/modules/inventory/inventory-test-kit';
import { connectDatabase } from '../server/src/platform/db/database';
import {
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from '../server/test/process/corium-process';
import { launchBrowser, screenshotPath } from './browser';
import { demoStaffSignIn } from './sign-in';

let corium: CoriumProcess;
let browser: Browser;
let dataDir: string;
let baseUrl: string;
beforeAll(async () => {
  dataDir = await tempDataDir();
  corium = await startCorium({ DATA_DIR: dataDir }, ['--demo']);
  await waitHealthy(corium);
  baseUrl = corium.url.replace('127.0.0.1', 'localhost');
  browser = await launchBrowser();
  await mkdir(path.dirname(screenshotPath('x')), { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  if (corium) await stopCorium(corium);
});

/**
 * A signed chart of yesterday that used lot LOT-25B031, written straight into the demo's
 * embedded database (as the charting screens would leave it); returns the patient's name.
 */
async function chartWithDemoLot(): Promise<string> {
  const handle = connectDatabase({
    host: path.join(dataDir, 'postgres'),
    port: 5432,
    user: 'postgres',
    database: 'corium',
    password: readFileSync(path.join(dataDir, 'postgres.secret'), 'utf8').trim(),
    max: 1,
  });
  try {
    const { db } = handle;
    const lot = await db
      .selectFrom('stock_lot')
      .select(['id', 'clinic_id'])
      .where('lot_number', '=', 'LOT-25B031')
      .executeTakeFirstOrThrow();
    const patient = await db
      .selectFrom('patient')
      .select(['id', 'given_name', 'family_name'])
      .where('clinic_id', '=', lot.clinic_id)
      .where('email', 'like', '%.7@example.com')
      .executeTakeFirstOrThrow();
    const priya = await db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'priya@demo.corium.clinic')
      .executeTakeFirstOrThrow();
    await insertChartedSession(db, {
      ...{ clinicId: lot.clinic_id, patientId: patient.id, practitionerId: priya.id },
      ...{ startedAt: new Date(Date.now() - 86_400_000), cartridgeLots: [lot.id] },
    });
    return `${patient.given_name} ${patient.family_name}`;
  } finally {
    await handle.destroy();
  }
}

describe('inventory and recalls', () => {
  it('the administrator recalls a lot used in a chart and sees the patient to contact', async () => {
    const patientName = await chartWithDemoLot();
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    await demoStaffSignIn(page, baseUrl, 'admin@demo.corium.clinic');

    await page.getByRole('navigation').getByRole('link', { name: 'Inventory' }).click();
    await page.waitForURL('**/staff/inventory');
    const lots = page.getByRole('table', { name: 'Lots of Sterile cartridge 12-pin' });
    await expect.poll(() => lots.getByRole('row', { name: /LOT-24A117.*Recalled/ }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('inventory-stock'), fullPage: true });

    await page.getByRole('navigation').getByRole('link', { name: 'Recalls' }).click();
    await page.waitForURL('**/staff/recalls');
    await page.getByRole('button', { name: 'New recall' }).click();
    const dialog = page.getByRole('dialog', { name: 'New recall' });
    await dialog
      .getByLabel('Lot', { exact: true })
      .selectOption({ label: 'LOT-25B031 — Sterile cartridge 12-pin' });
    await dialog.getByLabel('Reason').fill('Supplier notice: sterile seal may be incomplete');
    await dialog.getByRole('button', { name: 'Recall' }).click();

    await page.waitForURL(/\/staff\/recalls\/[0-9a-f-]{36}$/);
    const affected = page.getByRole('table', { name: 'Affected patients and sessions' });
    await expect
      .poll(() => affected.getByRole('link', { name: patientName }).count(), { timeout: 10_000 })
      .toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Notify 1 patient' }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('recall-affected'), fullPage: true });
  });
});
