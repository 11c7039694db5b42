/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';

// Chromium's fake camera (a moving test pattern) and an automatic yes to the camera prompt.
const journey = useJourney(['--demo'], {
  browserArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
});

// The demo clinic's portal patient and a practitioner (server/src/demo).
const PATIENT = 'patient@demo.corium.clinic';
const PRACTITIONER = 'priya@demo.corium.clinic';

interface PhotoList {
  photos: { id: string; view: string; source: string; takenAt: string }[];
}

/** A clinic tablet held sideways (iPad Air size), with a touch screen. */
async function tablet(): Promise<Page> {
  const context = await journey.browser.newContext({
    viewport: { width: 1180, height: 820 },
    hasTouch: true,
    acceptDownloads: true,
  });
  return context.newPage();
}

async function portalPatientId(): Promise<string> {
  const page = await journey.newPage();
  await passwordSignIn(page, journey.baseUrl, PATIENT);
  await page.waitForURL('**/portal');
  const response = await page.request.get(`${journey.baseUrl}/api/portal/record`);
  const { patient } = (await response.json()) as {
    patient: { id: string; givenName: string; familyName: string };
  };
  await page.context().close();
  patientName = `${patient.givenName} ${patient.familyName}`;
  return patient.id;
}

async function photosOf(page: Page, patientId: string): Promise<PhotoList['photos']> {
  const response = await page.request.get(`${journey.baseUrl}/api/patients/${patientId}/photos`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as PhotoList).photos;
}

/** Waits for a live picture: the fake camera's frames are arriving. */
async function waitForPicture(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.getByLabel('Live camera picture').evaluate((video: HTMLVideoElement) => video.videoWidth),
    )
    .toBeGreaterThan(0);
}

/** Takes the photo once the picture is live, and saves it. */
async function takeAndSave(page: Page): Promise<void> {
  await waitForPicture(page);
  await page.getByRole('button', { name: 'Take the photo' }).click();
  await page.getByRole('img', { name: /photo, not saved yet/ }).waitFor();
  // Taking the photo releases the camera while it is looked at.
  expect(await page.getByLabel('Live camera picture').count()).toBe(0);
  await page.getByRole('button', { name: 'Save this photo' }).click();
  await page.getByText('Photo saved').waitFor();
}

const divider = (page: Page) => page.getByRole('slider', { name: 'Divider between before and after' });
const dividerAt = (page: Page) => divider(page).getAttribute('aria-valuenow');
const beforeClip = (page: Page) =>
  page.getByTestId('before-layer').evaluate((layer: HTMLElement) => layer.style.clipPath);

let patientId = '';
let patientName = '';
/** The practitioner's tablet, signed in once: a TOTP code is never accepted twice. */
let staff: Page;

describe('photos', () => {
  it('a practitioner takes a baseline, then a second photo lined up with its ghost', async () => {
    patientId = await portalPatientId();
    staff = await tablet();
    const page = staff;
    await demoStaffSignIn(page, journey.baseUrl, PRACTITIONER);
    await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
    await page.getByRole('tab', { name: 'Photos' }).click();
    await page.getByText('No photos of this patient yet.').waitFor();
    await page.getByRole('link', { name: 'Take photos' }).click();
    await page.waitForURL(`**/staff/patients/${patientId}/photos/new`);

    // The first front photo has nothing to line up with: it becomes the baseline.
    await page.getByText('There is no earlier photo of this view').waitFor();
    expect(await page.getByTestId('ghost-overlay').count()).toBe(0);
    await page.getByTestId('framing-guides').waitFor();
    await takeAndSave(page);

    // Saving moves on to the next view; back to the front, the baseline now shows as a ghost.
    expect(await page.getByRole('radio', { name: 'Left 45°' }).getAttribute('aria-checked')).toBe('true');
    await page.getByRole('radio', { name: 'Front' }).click();
    await page.getByTestId('ghost-overlay').waitFor();
    const ghostOpacity = () =>
      page.getByTestId('ghost-overlay').evaluate((ghost: HTMLElement) => ghost.style.opacity);
    expect(await ghostOpacity()).toBe('0.4');
    await page.getByRole('slider', { name: 'Baseline photo strength' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await ghostOpacity()).toBe('0.45');
    await waitForPicture(page);
    await page.screenshot({ path: screenshotPath('photos-capture-ghost-tablet'), fullPage: true });
    await takeAndSave(page);

    // Leaving the screen releases the camera: its track ends (and the camera light goes off).
    await waitForPicture(page);
    await page.getByLabel('Live camera picture').evaluate((video: HTMLVideoElement) => {
      const track = (video.srcObject as MediaStream).getVideoTracks()[0];
      Object.assign(window, { keptTrack: track });
    });
    await page.getByRole('link', { name: patientName }).click();
    await page.getByRole('tab', { name: 'Photos' }).waitFor();
    const trackState = await page.evaluate(
      () => (window as unknown as { keptTrack: MediaStreamTrack }).keptTrack.readyState,
    );
    expect(trackState).toBe('ended');

    const photos = await photosOf(page, patientId);
    expect(photos.map((photo) => [photo.view, photo.source])).toEqual([
      ['front', 'clinic'],
      ['front', 'clinic'],
    ]);
  });

  it('compares the two sessions in the slider, moved by keyboard, and saves the image for the patient', async () => {
    const page = staff;
    await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
    await page.getByRole('tab', { name: 'Photos' }).click();
    await page.getByRole('link', { name: 'Compare Front' }).click();
    await page.getByText('Slider', { exact: true }).click();
    await divider(page).waitFor();

    await divider(page).focus();
    expect(await dividerAt(page)).toBe('50');
    for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
    expect(await dividerAt(page)).toBe('53');
    expect(await beforeClip(page)).toMatch(/^inset\(0(px)? 47% 0(px)? 0(px)?\)$/);
    await page.keyboard.press('PageDown');
    expect(await dividerAt(page)).toBe('43');
    expect(await divider(page).getAttribute('aria-valuetext')).toBe('43 % before, 57 % after');
    await page.keyboard.press('End');
    expect(await dividerAt(page)).toBe('100');
    await page.keyboard.press('Home');
    expect(await dividerAt(page)).toBe('0');
    await page.keyboard.press('PageUp');
    await page.screenshot({ path: screenshotPath('photos-compare-slider-tablet'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as an image' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^comparison-front-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.png$/,
    );
    const png = await readFile((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('takes a mis-framed photo out of the record, with a reason, keeping the baseline', async () => {
    const page = staff;
    await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
    await page.getByRole('tab', { name: 'Photos' }).click();
    const front = page.getByRole('region', { name: 'Front', exact: true });
    await front
      .getByRole('button', { name: /^Open the Front photo of / })
      .last()
      .click();
    await page.getByRole('button', { name: 'Remove from the record…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Remove the Front photo of / });
    await dialog.getByRole('button', { name: 'Remove photo' }).click();
    await dialog.getByText('Say why in a few words').waitFor();
    await dialog.getByLabel('Why is it removed?').fill('Mis-framed: the chin is cut off');
    await page.screenshot({ path: screenshotPath('photos-remove-tablet'), fullPage: true });
    await dialog.getByRole('button', { name: 'Remove photo' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => front.getByRole('listitem').count()).toBe(1);
    const photos = await photosOf(page, patientId);
    expect(photos.map((photo) => photo.view)).toEqual(['front']);
    await page.context().close();
  });

  it('the patient adds a photo at home on a phone and sees it beside the clinic’s', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await passwordSignIn(page, journey.baseUrl, PATIENT);
    await page.waitForURL('**/portal');
    await page.getByRole('link', { name: 'My photos' }).click();
    await page.getByRole('region', { name: 'Front', exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Front', exact: true }).getByRole('listitem').count()).toBe(
      1,
    );
    await page.getByRole('link', { name: 'Add photos' }).click();
    await page.getByTestId('ghost-overlay').waitFor();
    await takeAndSave(page);
    await page.screenshot({ path: screenshotPath('photos-portal-saved-phone'), fullPage: true });

    await page.getByRole('link', { name: 'My photos' }).first().click();
    const front = page.getByRole('region', { name: 'Front', exact: true });
    await expect.poll(() => front.getByRole('listitem').count()).toBe(2);
    expect(await front.getByText('Home').count()).toBe(1);
    await context.close();
  });
});
