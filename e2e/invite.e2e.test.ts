import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';
import { demoStaffSignIn, passwordSignIn } from './sign-in';
import { enrolAuthenticator, enterCode } from './totp';

const journey = useJourney(['--demo']);

describe('the team', () => {
  it('an admin invites a practitioner, who sets a password, enrols TOTP and signs in', async () => {
    const admin = await journey.newPage();
    await demoStaffSignIn(admin, journey.baseUrl, 'admin@demo.corium.clinic');
    await admin.getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('button', { name: 'Invite staff member' }).click();
    await admin.getByLabel('Name').fill('Rosa Delgado');
    await admin.getByLabel('E-mail').fill('rosa@demo.corium.clinic');
    await admin.getByLabel('Role').fill('Practitioner');
    await admin.getByRole('option', { name: 'Practitioner' }).click();
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    const link = admin.getByLabel('Invitation link');
    await link.waitFor();
    const inviteUrl = (await link.inputValue()).replace(/^http:\/\/localhost:\d+/, journey.baseUrl);
    await admin.screenshot({ path: screenshotPath('team-invited'), fullPage: true });

    const rosa = await journey.newPage();
    await rosa.goto(inviteUrl);
    await rosa.getByLabel('Password', { exact: true }).fill('sunlit courtyard lemons');
    await rosa.getByLabel('Confirm password').fill('sunlit courtyard lemons');
    await rosa.getByRole('button', { name: 'Set password' }).click();
    const secret = await enrolAuthenticator(rosa);
    await rosa.waitForURL('**/staff');
    await expect.poll(() => rosa.getByText('Rosa Delgado').first().isVisible()).toBe(true);

    await rosa.getByRole('button', { name: 'Sign out' }).click();
    await passwordSignIn(rosa, journey.baseUrl, 'rosa@demo.corium.clinic', 'sunlit courtyard lemons');
    await enterCode(rosa, secret, 1);
    await rosa.waitForURL('**/staff');
    await rosa.screenshot({ path: screenshotPath('practitioner-signed-in'), fullPage: true });
  });
});
