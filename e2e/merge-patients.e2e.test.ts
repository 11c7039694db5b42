import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

interface Registration {
  givenName: string;
  familyName: string;
  phone?: string;
  email?: string;
}

/** Registers through the form; a likely duplicate is registered anyway, as a busy desk might. */
async function register(page: Page, patient: Registration): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('button', { name: 'Register patient' }).click();
  await page.waitForURL('**/staff/patients/new');
  await page.getByLabel('First name').fill(patient.givenName);
  await page.getByLabel('Last name').fill(patient.familyName);
  await page.getByLabel('Date of birth').fill('1987-02-09');
  await page.getByRole('radio', { name: 'Female' }).check();
  if (patient.phone) await page.getByLabel('Phone', { exact: true }).fill(patient.phone);
  if (patient.email) await page.getByLabel('E-mail', { exact: true }).fill(patient.email);
  await page.getByRole('button', { name: 'Register patient' }).click();
  const registered = /\/staff\/patients\/[0-9a-f-]{36}$/;
  const warned = page.getByRole('button', { name: 'Register as a new patient' });
  await expect.poll(async () => registered.test(page.url()) || (await warned.isVisible())).toBe(true);
  if (!registered.test(page.url())) await warned.click();
  await page.waitForURL(registered);
  return page.url();
}

describe('merging duplicate records', () => {
  it('the administrator merges a duplicate into the kept record, and the duplicate says where it went', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'admin@demo.corium.clinic');
    const kept = await register(page, {
      givenName: 'Maëlle',
      familyName: 'Dubois-Roux',
      phone: '+44 7700 900321',
    });
    const duplicate = await register(page, {
      givenName: 'Maelle',
      familyName: 'Dubois Roux',
      email: 'maelle.dr@example.com',
    });

    await page.goto(kept);
    await page.getByRole('button', { name: 'Merge a duplicate…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Find the duplicate record').fill('maelle dubois');
    await dialog.getByRole('button', { name: 'Compare with Maelle Dubois Roux' }).click();
    await expect.poll(() => dialog.getByText('What will happen').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => dialog.getByRole('cell', { name: 'maelle.dr@example.com' }).count()).toBe(2);
    await page.screenshot({ path: screenshotPath('merge-comparison'), fullPage: true });

    await dialog.getByRole('button', { name: 'Merge Maelle Dubois Roux into this record' }).click();
    await expect
      .poll(() => dialog.getByText('Say why these two records are the same person').isVisible())
      .toBe(true);
    await dialog
      .getByLabel('Why these are the same person')
      .fill('Registered twice at the desk: same birthday, name spelt without accents');
    await dialog.getByRole('button', { name: 'Merge Maelle Dubois Roux into this record' }).click();
    await expect
      .poll(() =>
        page.getByText('Maelle Dubois Roux’s record is merged into Maëlle Dubois-Roux’s.').isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByText('Also registered as').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('maelle.dr@example.com').first().isVisible()).toBe(true);

    await page.goto(duplicate);
    await expect.poll(() => page.getByText('This record was merged into').isVisible()).toBe(true);
    expect(await page.getByText(/by Alex Morgan: Registered twice at the desk/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('merged-record-notice'), fullPage: true });
    await page.getByRole('link', { name: 'Maëlle Dubois-Roux' }).click();
    await page.waitForURL(kept);

    await page.getByRole('navigation').getByRole('link', { name: 'Patients' }).click();
    await page.getByLabel('Search patients').fill('maelle dubois');
    await expect.poll(() => page.getByRole('link', { name: /Dubois/ }).count(), { timeout: 10_000 }).toBe(1);
  });
});
