import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';

const journey = useJourney(['--demo']);

// Demo staff (server/src/demo/demo-people.ts): Sam is a practitioner who does not prescribe.
const NON_PRESCRIBER = 'sam@demo.corium.clinic';
const PRESCRIBER = 'priya@demo.corium.clinic';
const PRESCRIBER_NAME = 'Nurse Priya Shah';

type Answers = Record<string, unknown>;

const history = (page: Page, patientId: string) =>
  journey.json<{ answers: Answers }>(page, `/api/patients/${patientId}/medical-history`);

/**
 * The first demo patient whose current medical history matches. The demo's histories are
 * seeded data, so the journey finds its patients by what they answered, not by name.
 */
async function patientWhose(page: Page, matches: (answers: Answers) => boolean): Promise<string> {
  const { patients } = await journey.json<{ patients: { id: string }[] }>(page, '/api/patients?limit=100');
  for (const patient of patients) {
    if (matches((await history(page, patient.id)).answers)) return patient.id;
  }
  throw new Error('No demo patient has that history');
}

async function openScreening(page: Page, patientId: string): Promise<void> {
  await page.goto(`${journey.baseUrl}/staff/patients/${patientId}`);
  await page.getByRole('tab', { name: 'Screening' }).click();
  await page.getByRole('heading', { name: 'Latest screening' }).waitFor();
}

/** Cheeks at 1 mm: within every demo patient's depth limit, so only the history decides. */
async function screenForCheeks(page: Page, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Screen for a treatment' }).click();
  await page.getByRole('radio', { name: 'To book the treatment' }).check();
  await page.getByRole('checkbox', { name: 'Cheeks' }).check();
  await page.getByLabel('Deepest planned needle depth (mm)').fill('1');
  if (screenshot) await page.screenshot({ path: screenshotPath(screenshot), fullPage: true });
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
}

const status = (page: Page) => page.getByTestId('screening-status').first();

async function latestScreeningId(page: Page, patientId: string): Promise<string> {
  const { screenings } = await journey.json<{ screenings: { id: string }[] }>(
    page,
    `/api/patients/${patientId}/screenings`,
  );
  return screenings[0]!.id;
}

/** An override sent straight to the API, as a script or a tampered page would. */
async function postOverride(page: Page, patientId: string, screeningId: string, ruleId: string) {
  const session = await journey.json<{ csrfToken: string }>(page, '/api/auth/session');
  const response = await page.request.post(
    `${journey.baseUrl}/api/patients/${patientId}/screenings/${screeningId}/overrides`,
    {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: { ruleId, reason: 'Reviewed with the patient; proceeding with care.' },
    },
  );
  return { status: response.status(), body: (await response.json()) as { error: string } };
}

// One sign-in for the prescriber across the journeys: a TOTP code is never accepted twice.
let prescriberPage: Page | undefined;
const prescriber = async (): Promise<Page> => (prescriberPage ??= await journey.staffPage(PRESCRIBER));

describe('screening', () => {
  it('a practitioner screens and sees findings with reasons and references; only a prescriber signs the override', async () => {
    const sam = await journey.staffPage(NON_PRESCRIBER);
    const patientId = await patientWhose(sam, (answers) => answers.anticoagulants === true);
    await openScreening(sam, patientId);
    await screenForCheeks(sam, 'screening-form');

    await expect.poll(() => status(sam).textContent()).toBe('Awaiting a prescriber’s override');
    const finding = sam.getByRole('article', { name: 'C16' });
    await expect
      .poll(() => finding.getByText(/Anticoagulant or antiplatelet therapy/).isVisible())
      .toBe(true);
    expect(await finding.getByText('What the patient is told').isVisible()).toBe(true);
    expect(await finding.getByText(/a prescriber will review your plan first/).isVisible()).toBe(true);
    expect(await finding.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await finding.getByText('Needs a prescriber’s signed override.').isVisible()).toBe(true);
    expect(await sam.getByRole('button', { name: /Sign override/ }).count()).toBe(0);
    await sam.screenshot({ path: screenshotPath('screening-awaiting-override'), fullPage: true });

    const screeningId = await latestScreeningId(sam, patientId);
    expect((await postOverride(sam, patientId, screeningId, 'C16')).status).toBe(403);

    const priya = await prescriber();
    await openScreening(priya, patientId);
    await priya.getByRole('button', { name: 'Sign override of C16' }).click();
    const dialog = priya.getByRole('dialog');
    // A reason is a sentence a colleague can read later, not a token.
    await dialog.getByLabel('Why treatment may go ahead').fill('ok');
    await dialog.getByRole('button', { name: `Sign as ${PRESCRIBER_NAME}` }).click();
    await expect.poll(() => dialog.getByText(/Give the reason in a sentence/).isVisible()).toBe(true);
    await dialog
      .getByLabel('Why treatment may go ahead')
      .fill('Apixaban for AF; bruising risk discussed, shallow depth and limited area agreed.');
    await dialog.getByRole('button', { name: `Sign as ${PRESCRIBER_NAME}` }).click();

    await expect.poll(() => status(priya).textContent()).toBe('Clear to treat');
    const signed = priya.getByRole('article', { name: 'C16' });
    expect(await signed.getByText(`Override signed by ${PRESCRIBER_NAME}`).isVisible()).toBe(true);
    expect(await signed.getByText(/shallow depth and limited area agreed/).isVisible()).toBe(true);
    await priya.screenshot({ path: screenshotPath('screening-override-signed'), fullPage: true });
  });

  it('a block finding offers no override, and the API refuses one', async () => {
    const priya = await prescriber();
    const patientId = await patientWhose(priya, (answers) => answers.pregnant_or_breastfeeding === true);
    await openScreening(priya, patientId);
    await screenForCheeks(priya);

    await expect.poll(() => status(priya).textContent()).toBe('Blocked: the treatment must wait');
    const finding = priya.getByRole('article', { name: 'C21' });
    expect(await finding.getByText('Cannot be overridden — the treatment must wait.').isVisible()).toBe(true);
    expect(await finding.getByRole('button').count()).toBe(0);
    await priya.screenshot({ path: screenshotPath('screening-blocked'), fullPage: true });

    const screeningId = await latestScreeningId(priya, patientId);
    const refused = await postOverride(priya, patientId, screeningId, 'C21');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('NOT_OVERRIDABLE');
    await expect.poll(() => status(priya).textContent()).toBe('Blocked: the treatment must wait');
  });

  it('the day-of check records what changed and screens again', async () => {
    const priya = await prescriber();
    const patientId = await patientWhose(
      priya,
      (answers) =>
        answers.active_cold_sore === false &&
        answers.anticoagulants === false &&
        answers.pregnant_or_breastfeeding === false,
    );
    await openScreening(priya, patientId);
    await priya.getByRole('button', { name: 'Day-of check' }).click();
    await priya.getByRole('radio', { name: 'The patient' }).check();
    await priya.getByRole('radio', { name: 'Yes, something has changed' }).check();
    await priya.getByRole('checkbox', { name: 'Around the mouth' }).check();
    await priya.getByLabel('Deepest planned needle depth (mm)').fill('0.5');
    await priya.getByRole('button', { name: 'Record and screen' }).click();
    // Nothing picked yet: the form says what is missing instead of sending.
    await expect.poll(() => priya.getByText(/Choose the answers that changed/).isVisible()).toBe(true);

    await priya.getByRole('combobox', { name: 'Which answers have changed?' }).fill('cold sore right');
    await priya.getByRole('option', { name: 'Do you have a cold sore right now?' }).click();
    await priya.keyboard.press('Escape');
    const question = priya.getByRole('group', { name: 'Do you have a cold sore right now?' });
    await question.getByRole('radio', { name: 'Yes' }).check();
    await priya.screenshot({ path: screenshotPath('screening-day-of-form'), fullPage: true });
    await priya.getByRole('button', { name: 'Record and screen' }).click();

    await expect.poll(() => status(priya).textContent()).toBe('Blocked: the treatment must wait');
    expect(await priya.getByRole('article', { name: 'C02' }).isVisible()).toBe(true);
    expect(await priya.getByText('The patient reported changes', { exact: false }).isVisible()).toBe(true);
    expect((await history(priya, patientId)).answers.active_cold_sore).toBe(true);
    await priya.screenshot({ path: screenshotPath('screening-day-of'), fullPage: true });
  });
});
