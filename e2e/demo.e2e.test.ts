import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';

const journey = useJourney(['--demo']);

describe('demo clinic', () => {
  it('signs front desk staff in with a TOTP code; they see patients but no medical history', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'frontdesk@demo.corium.clinic');
    await expect.poll(() => page.getByText('Lumen Skin Clinic').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('demo-staff'), fullPage: true });

    await page.getByRole('link', { name: 'Patients' }).click();
    await page.waitForURL('**/staff/patients');
    const firstPatient = page.locator('a[href^="/staff/patients/"]').first();
    await firstPatient.click();
    await page.waitForURL(/\/staff\/patients\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('Date of birth').first().isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Medical history' }).count()).toBe(0);
    const patientId = page.url().split('/').pop()!;
    const direct = await page.request.get(`${journey.baseUrl}/api/patients/${patientId}/medical-history`);
    expect(direct.status()).toBe(403);
    await page.screenshot({ path: screenshotPath('front-desk-patient'), fullPage: true });
  });

  it('signs a patient into the portal, on a phone, where they see only their own record', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    await passwordSignIn(page, journey.baseUrl, 'patient@demo.corium.clinic');
    await page.waitForURL('**/portal');
    await expect.poll(() => page.getByText('Lumen Skin Clinic').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('demo-portal-phone'), fullPage: true });
    expect((await page.request.get(`${journey.baseUrl}/api/patients`)).status()).toBe(403);
    const record = await (await page.request.get(`${journey.baseUrl}/api/portal/record`)).json();
    expect(record.patient.email).toBeTruthy();
    await page.goto(`${journey.baseUrl}/staff`);
    await page.waitForURL('**/portal');
  });
});
