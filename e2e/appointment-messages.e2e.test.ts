import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';

const journey = useJourney(['--demo']);

// The demo clinic's portal patient and its front desk (server/src/demo).
const PATIENT = 'patient@demo.corium.clinic';
const FRONT_DESK = 'frontdesk@demo.corium.clinic';

describe('appointment messages', () => {
  it('a patient on a phone sees how the clinic will tell them about visits, and must keep one channel', async () => {
    const context = await journey.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await passwordSignIn(page, journey.baseUrl, PATIENT);
    await page.waitForURL('**/portal');
    await page
      .getByRole('navigation', { name: 'Your portal' })
      .getByRole('link', { name: 'Messages' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();

    const email = page.getByRole('checkbox', { name: 'E-mail' });
    const sms = page.getByRole('checkbox', { name: 'Text message' });
    expect(await email.isChecked()).toBe(true);
    // The demo installation has no text-message provider: texts cannot be chosen, and it says why.
    expect(await sms.isDisabled()).toBe(true);
    await page.getByText('The clinic does not send text messages.').waitFor();
    await email.uncheck();
    await page.getByRole('alert').filter({ hasText: 'Choose e-mail, text message or both.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('portal-messages-phone'), fullPage: true });
    await context.close();
  });

  it('the front desk sees a demo patient’s channels and the messages sent on the record’s Messages tab', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, FRONT_DESK);
    const search = await page.request.get(`${journey.baseUrl}/api/patients?limit=1`);
    expect(search.status()).toBe(200);
    const { patients } = (await search.json()) as { patients: { id: string }[] };
    await page.goto(`${journey.baseUrl}/staff/patients/${patients[0]!.id}`);
    await page.getByRole('tab', { name: 'Messages' }).click();
    await page.getByRole('heading', { name: 'Appointment messages by' }).waitFor();
    await page.getByRole('heading', { name: 'Messages sent' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'E-mail' }).isChecked()).toBe(true);
    await page.screenshot({ path: screenshotPath('staff-patient-messages'), fullPage: true });
  });
});
