import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn } from './sign-in';

const journey = useJourney(['--demo']);

describe('patients', () => {
  it('front desk registers a patient, is warned about a likely duplicate, and finds them by a typo', async () => {
    const page = await journey.newPage();
    await demoStaffSignIn(page, journey.baseUrl, 'frontdesk@demo.corium.clinic');
    await page.getByRole('navigation').getByRole('link', { name: 'Patients' }).click();
    for (const attempt of ['first', 'duplicate']) {
      await page.getByRole('button', { name: 'Register patient' }).click();
      await page.waitForURL('**/staff/patients/new');
      await page.getByLabel('First name').fill('Inès');
      await page.getByLabel('Last name').fill('Łukasiewicz');
      await page.getByLabel('Date of birth').fill('1988-04-12');
      await page.getByRole('radio', { name: 'Female' }).check();
      await page.getByLabel('Phone', { exact: true }).fill('+44 7700 900777');
      await page.getByRole('button', { name: 'Register patient' }).click();
      if (attempt === 'first') {
        await page.waitForURL(/\/staff\/patients\/[0-9a-f-]{36}$/);
        await page.getByRole('navigation').getByRole('link', { name: 'Patients' }).click();
      }
    }
    await expect.poll(() => page.getByText('This may be someone already registered').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('patient-duplicate-warning'), fullPage: true });

    await page.getByRole('navigation').getByRole('link', { name: 'Patients' }).click();
    await page.getByLabel('Search patients').fill('ines lukasiewic');
    await expect
      .poll(() => page.getByRole('link', { name: /Inès Łukasiewicz/ }).count(), { timeout: 10_000 })
      .toBe(1);
  });
});
