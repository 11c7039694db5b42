import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readZip } from '../server/src/modules/privacy/zip-test-kit';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// The demo clinic's portal patient and its administrator (server/src/demo).
const PATIENT = 'patient@demo.corium.clinic';
const ADMIN = 'admin@demo.corium.clinic';

async function signedIn(email: string, staff: boolean): Promise<Page> {
  const context = await journey.browser.newContext({
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  if (staff) await demoStaffSignIn(page, journey.baseUrl, email);
  else {
    await passwordSignIn(page, journey.baseUrl, email);
    await page.waitForURL('**/portal');
  }
  return page;
}

/** A patient registered for this journey alone, with nothing booked: erasure may go ahead at once. */
async function registerPatient(page: Page, familyName: string): Promise<string> {
  const session = await page.request.get(`${journey.baseUrl}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.post(`${journey.baseUrl}/api/patients`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: {
      givenName: 'Erin',
      familyName,
      dateOfBirth: '1988-02-14',
      sex: 'female',
      confirmNotDuplicate: true,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('patients’ rights', () => {
  it('a patient downloads a copy of their whole record from the portal', async () => {
    const page = await signedIn(PATIENT, false);
    await page.getByRole('link', { name: 'Your data', exact: true }).click();
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    await page.getByText('What we must keep, and why').waitFor();
    await page.getByRole('button', { name: 'Prepare a copy of my record' }).click();
    const link = page.getByRole('link', { name: 'Download the copy (ZIP)' });
    await link.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('privacy-portal-copy'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = path.join(os.tmpdir(), `corium-record-${Date.now()}.zip`);
    await download.saveAs(file);
    const files = readZip(await readFile(file));
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['README.txt', 'summary.pdf', 'record.fhir.json']),
    );
    expect(files.get('summary.pdf')!.subarray(0, 5).toString()).toBe('%PDF-');
    const bundle = JSON.parse(files.get('record.fhir.json')!.toString('utf8')) as {
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.entry[0]!.resource.resourceType).toBe('Patient');
    await page.context().close();
  });

  it('an admin records an erasure request, carries it out, then opens the kept record with break-glass', async () => {
    const page = await signedIn(ADMIN, true);
    const familyName = `Erasure ${Date.now()}`;
    const patientId = await registerPatient(page, familyName);

    await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
    await page.getByRole('tab', { name: /rights/ }).click();
    await page.getByLabel('What the patient said').fill('Asked at the desk to erase everything that can go.');
    await page.getByRole('button', { name: 'Record the request' }).click();
    await page.getByText('Request recorded').waitFor();

    await page.getByRole('link', { name: 'Privacy requests', exact: true }).first().click();
    const card = page.getByRole('listitem').filter({ hasText: `Erin ${familyName}` });
    await card.getByText('What carrying it out will do').waitFor();
    await card.getByRole('button', { name: 'Carry out…' }).click();
    await page
      .getByLabel('How you checked it is the patient’s own request')
      .fill('Photo ID checked at the desk.');
    await page.getByRole('button', { name: 'Erase now' }).click();
    await card.getByText('Carried out', { exact: true }).waitFor();
    await card.getByRole('table').waitFor();
    await page.screenshot({ path: screenshotPath('privacy-erasure-done'), fullPage: true });

    await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
    await page.getByRole('heading', { name: 'This record is restricted' }).waitFor();
    await page
      .getByLabel('Why do you need to open this record?')
      .fill('Checking the erasure left the clinical record intact.');
    await page.getByRole('button', { name: 'Open the record' }).click();
    await page.getByRole('heading', { name: `Erin ${familyName}`, level: 1 }).waitFor();

    await page.goto(`${journey.baseUrl}/staff/privacy`);
    await page.getByRole('tab', { name: 'Break-glass reviews' }).click();
    const access = page.getByRole('listitem').filter({ hasText: 'Checking the erasure' });
    await access.getByRole('button', { name: 'Mark reviewed' }).click();
    await access.getByText('Reviewed', { exact: true }).waitFor();
    await page.context().close();
  });
});
