import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// The demo clinic's portal patient, a practitioner and the administrator (server/src/demo).
const PATIENT = 'patient@demo.corium.clinic';
const PRACTITIONER = 'priya@demo.corium.clinic';
const ADMIN = 'admin@demo.corium.clinic';

interface PortalConsents {
  treatments: { treatment: string; status: string; requested: boolean }[];
  consents: { id: string; treatment: string; signedVia: string; pdfSha256: string; status: string }[];
}

/** The patient on a tablet held upright (iPad Air size), with a touch screen. */
async function patientOnTablet(): Promise<Page> {
  const context = await journey.browser.newContext({
    viewport: { width: 820, height: 1180 },
    hasTouch: true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await passwordSignIn(page, journey.baseUrl, PATIENT);
  await page.waitForURL('**/portal');
  return page;
}

const portalConsents = (page: Page) => journey.json<PortalConsents>(page, '/api/portal/consents');

/** The consent's card on the patient's Consents page or the staff Consent tab, by treatment name. */
const treatmentCard = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

async function openMicroneedlingConsent(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Consents', exact: true }).click();
  await page.getByRole('link', { name: 'Sign: Microneedling', exact: true }).click();
  await page.getByRole('heading', { name: 'Consent to microneedling' }).waitFor();
}

/** A pen stroke across the pad with the pointer: down, a wavy line, up. */
async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const x = box.x + 60;
  const y = box.y + box.height * 0.6;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) await page.mouse.move(x + i * 14, y - Math.sin(i / 2) * 30, { steps: 3 });
  await page.mouse.up();
}

/** A tap: a dot, not a signature. */
async function tapPad(page: Page): Promise<void> {
  const pad = page.getByTestId('signature-pad');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

interface PortalPatient {
  id: string;
  givenName: string;
  familyName: string;
}

const ownRecord = async (page: Page) =>
  (await journey.json<{ patient: PortalPatient }>(page, '/api/portal/record')).patient;

/** The patient types their name as their record has it, and ticks "I have read and agree". */
async function fillNameAndAgree(page: Page): Promise<void> {
  await page.getByLabel('Your full name').fill(patientName);
  await page.getByRole('checkbox', { name: /I have read this consent/ }).check();
}

let patientId = '';
let patientName = '';
/** A signing screen the patient opened before the clinic changed the text. */
let staleSigning: Page | null = null;

describe('informed consent', () => {
  it('refuses an empty signature on the signing screen and stores nothing', async () => {
    const page = await patientOnTablet();
    const record = await ownRecord(page);
    patientId = record.id;
    patientName = `${record.givenName} ${record.familyName}`;
    await openMicroneedlingConsent(page);
    await fillNameAndAgree(page);
    const sign = page.getByRole('button', { name: 'Sign the consent' });

    await sign.click();
    await page.getByText('Draw your signature before signing').waitFor();
    await tapPad(page);
    await sign.click();
    await page.getByText('This is too short to be a signature').waitFor();
    await page.screenshot({ path: screenshotPath('consent-empty-signature-tablet'), fullPage: true });

    expect(await page.getByRole('heading', { name: 'Consent signed' }).count()).toBe(0);
    expect((await portalConsents(page)).consents).toEqual([]);
    await page.context().close();
  });

  it('a patient signs the microneedling consent by drawing on a tablet and downloads the signed PDF', async () => {
    const page = await patientOnTablet();
    await openMicroneedlingConsent(page);
    await fillNameAndAgree(page);
    await drawSignature(page);
    await expect
      .poll(() => page.getByRole('img', { name: 'Signature pad with your signature' }).count())
      .toBe(1);
    await page.screenshot({ path: screenshotPath('consent-signing-tablet'), fullPage: true });
    await page.getByRole('button', { name: 'Sign the consent' }).click();
    await page.getByRole('heading', { name: 'Consent signed' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download signed PDF' }).click(),
    ]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { consents, treatments } = await portalConsents(page);
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ treatment: 'microneedling', signedVia: 'portal', status: 'valid' });
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(consents[0]!.pdfSha256);
    expect(treatments.find((t) => t.treatment === 'microneedling')?.status).toBe('valid');

    await page.getByRole('button', { name: 'Back to your consents' }).click();
    await expect
      .poll(() => treatmentCard(page, 'Microneedling').getByTestId('consent-status').textContent())
      .toBe('Valid');
    await page.screenshot({ path: screenshotPath('consent-list-tablet'), fullPage: true });
    await page.context().close();
  });

  it('a practitioner sees the consent valid on the patient’s Consent tab', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, PRACTITIONER);
    await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
    await page.getByRole('tab', { name: 'Consent' }).click();
    await page.getByRole('heading', { name: 'Consent by treatment' }).waitFor();
    const card = treatmentCard(page, 'Microneedling');
    await expect.poll(() => card.getByTestId('consent-status').textContent()).toBe('Valid');
    expect(
      await treatmentCard(page, 'Clinical photography').getByTestId('consent-status').textContent(),
    ).toBe('Not signed');
    const signed = treatmentCard(page, 'Consent to microneedling');
    expect(await signed.getByText('in the patient portal').count()).toBe(1);
    await page
      .getByRole('button', {
        name: 'Ask the patient to sign in the portal: Radiofrequency (RF) microneedling',
      })
      .click();
    await treatmentCard(page, 'Radiofrequency (RF) microneedling')
      .getByText('Requested by the clinic')
      .waitFor();
    await page.screenshot({ path: screenshotPath('consent-staff-tab'), fullPage: true });

    // The patient signs the photography consent on the practitioner's tablet, allowing one use.
    await page.getByRole('button', { name: 'Sign on this tablet: Clinical photography' }).click();
    const dialog = page.getByRole('dialog', { name: 'Consent: Clinical photography' });
    await dialog.getByRole('heading', { name: 'Consent to clinical photography' }).waitFor();
    await dialog.getByRole('checkbox', { name: 'Clinical record only' }).check();
    await fillNameAndAgree(page);
    await drawSignature(page);
    await dialog.getByRole('button', { name: 'Sign the consent' }).click();
    await dialog.getByRole('heading', { name: 'Consent signed' }).waitFor();
    await dialog.getByRole('button', { name: 'Done: hand the tablet back' }).click();
    const photography = treatmentCard(page, 'Clinical photography');
    await expect.poll(() => photography.getByTestId('consent-status').textContent()).toBe('Valid');
    expect(
      await treatmentCard(page, 'Consent to clinical photography').getByText('handed over by').count(),
    ).toBe(1);
    await expect
      .poll(() => page.getByRole('switch', { name: 'Clinical record only' }).isChecked())
      .toBe(true);
    expect(await page.getByRole('switch', { name: /^Marketing/ }).isChecked()).toBe(false);
    await page.context().close();
  });

  it('an admin publishes a material change and the patient is asked to sign again', async () => {
    staleSigning = await patientOnTablet();
    await staleSigning.goto(`${journey.baseUrl}/portal/consents/sign/microneedling`);
    await staleSigning.getByRole('heading', { name: 'Consent to microneedling' }).waitFor();

    const admin = await journey.newPage();
    await demoStaffSignIn(admin, journey.baseUrl, ADMIN);
    await admin.getByRole('link', { name: 'Consent templates' }).click();
    await admin.getByRole('link', { name: 'Microneedling', exact: true }).click();
    await admin.getByRole('button', { name: 'Write a new version' }).click();
    const text = admin.getByLabel('Text', { exact: true });
    await text.focus();
    await admin.keyboard.press('Control+End');
    await admin.keyboard.type('\n\n');
    await admin.getByRole('button', { name: 'Subheading' }).click();
    await admin.keyboard.type('Platelet-rich plasma added');
    const preview = admin.getByRole('article', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'Platelet-rich plasma added' }).waitFor();
    await admin.getByRole('switch', { name: 'This is a material change' }).check();
    await admin.getByLabel('Change note').fill('PRP may now be applied during microneedling sessions.');
    await admin.getByRole('button', { name: 'Publish version 2…' }).click();
    await admin.getByRole('button', { name: 'Publish version 2', exact: true }).click();
    await admin.getByText('Current: version 2, material revision 2.').waitFor();
    await admin.context().close();

    const page = await patientOnTablet();
    await page.getByText('Consents are waiting for you').waitFor();
    await page.getByText('the clinic changed this consent; please sign it again').waitFor();
    await page.getByText('the clinic asked you to sign this consent').waitFor();
    await page.screenshot({ path: screenshotPath('consent-resign-notice-tablet'), fullPage: true });
    await page.getByRole('link', { name: 'Go to your consents' }).click();
    const card = treatmentCard(page, 'Microneedling');
    await expect.poll(() => card.getByTestId('consent-status').textContent()).toBe('Needs signing again');
    expect(await card.getByRole('link', { name: 'Sign again: Microneedling' }).count()).toBe(1);
    const { treatments } = await portalConsents(page);
    expect(treatments.find((t) => t.treatment === 'microneedling')?.status).toBe('needs_resigning');
    await page.context().close();
  });

  it('a patient who read the earlier text is asked to read the new one before signing', async () => {
    const page = staleSigning!;
    const before = (await portalConsents(page)).consents.length;
    await fillNameAndAgree(page);
    await drawSignature(page);
    await page.getByRole('button', { name: 'Sign the consent' }).click();
    await page.getByText('The consent text has changed').waitFor();
    expect(await page.getByRole('checkbox', { name: /I have read this consent/ }).isChecked()).toBe(false);
    await page.getByRole('heading', { name: 'Platelet-rich plasma added' }).waitFor();
    expect((await portalConsents(page)).consents).toHaveLength(before);

    await page.getByRole('checkbox', { name: /I have read this consent/ }).check();
    await drawSignature(page);
    await page.getByRole('button', { name: 'Sign the consent' }).click();
    await page.getByRole('heading', { name: 'Consent signed' }).waitFor();
    const { treatments, consents } = await portalConsents(page);
    expect(consents).toHaveLength(before + 1);
    expect(treatments.find((t) => t.treatment === 'microneedling')?.status).toBe('valid');
    await page.context().close();
  });
});
