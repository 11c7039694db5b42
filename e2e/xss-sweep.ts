import type { Page } from 'playwright-core';
import type { ClinicalIds } from './xss-store-clinical';

/** What the sweep saw: pages opened, pages showing a payload as text, and anything that ran. */
export interface Sweep {
  pages: number;
  showing: number;
  executions: string[];
  /** Inline scripts or handlers the CSP refused: markup got through, even if it did not run. */
  refusedScripts: string[];
  /** Links, frames or forms whose URL is `javascript:` — one click from running. */
  scriptLinks: string[];
}

export const publicPages = [
  '/',
  '/learn',
  '/learn/what-is-microneedling',
  '/learn/concerns/acne-scars',
  '/learn/options',
  '/learn/myths',
  '/learn/aftercare',
  '/learn/evidence',
  '/learn/self-check',
  '/signin',
];

/** Every staff screen, and the records and things the payloads were stored on. */
export function staffPages(ids: ClinicalIds & { templateId: string }): string[] {
  const patient = (id: string) => `/staff/patients/${id}`;
  return [
    '/staff',
    '/staff/calendar',
    '/staff/waitlist',
    '/staff/patients',
    patient(ids.portalPatientId),
    ...(ids.newPatientId ? [patient(ids.newPatientId)] : []),
    ...(ids.chart
      ? [patient(ids.chart.patientId), `${patient(ids.chart.patientId)}/sessions/${ids.chart.sessionId}`]
      : []),
    `${patient(ids.portalPatientId)}/photos/compare`,
    '/staff/screening-rules',
    '/staff/consent-templates',
    `/staff/consent-templates/${ids.templateId}`,
    '/staff/clinic-setup',
    '/staff/users',
    '/staff/operations',
    '/staff/privacy',
    '/staff/inventory',
    '/staff/recalls',
    ...(ids.recallId ? [`/staff/recalls/${ids.recallId}`] : []),
    '/staff/alerts',
    '/staff/aftercare-timeline',
    '/staff/settings',
  ];
}

export function portalPages(): string[] {
  return [
    '/portal',
    '/portal/intake',
    '/portal/consents',
    '/portal/consents/sign/microneedling',
    '/portal/record',
    '/portal/photos',
    '/portal/photos/compare',
    '/portal/access-log',
    '/portal/data',
    '/portal/messages',
    '/portal/treatments',
    '/portal/recovery',
    '/portal/appointments',
    '/portal/book',
  ];
}

/** Settles a single-page app: its requests done, or two seconds, whichever is first. */
const settle = (page: Page) =>
  page.waitForLoadState('networkidle', { timeout: 2_000 }).catch(() => undefined);

/** Looks at what the page shows now: payload text, `javascript:` URLs, refused inline scripts. */
export async function inspect(page: Page, where: string, sweep: Sweep): Promise<boolean> {
  const seen = await page.evaluate(() => {
    const urls = Array.from(document.querySelectorAll('[href], [src], [action], [formaction]'))
      .map((e) => ['href', 'src', 'action', 'formaction'].map((a) => e.getAttribute(a) ?? '').join(' '))
      .filter((url) => /(^|\s)\s*javascript:/i.test(url));
    const refused = (window as unknown as { __refusedScripts?: string[] }).__refusedScripts ?? [];
    return { shows: document.body.innerText.includes('__xss()'), urls, refused: refused.splice(0) };
  });
  for (const url of seen.urls) sweep.scriptLinks.push(`${where}: ${url}`);
  for (const refused of seen.refused) sweep.refusedScripts.push(`${where}: ${refused}`);
  return seen.shows;
}

/** Opens the page, then each of its tabs, inspecting each view. */
export async function sweepPage(page: Page, baseUrl: string, url: string, role: string, sweep: Sweep) {
  await page.goto(`${baseUrl}${url}`);
  await settle(page);
  const where = `${role} ${url}`;
  let shows = await inspect(page, where, sweep);
  const tabs = page.getByRole('tab');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    if (!(await tab.isVisible()) || (await tab.isDisabled())) continue;
    await tab.click();
    await settle(page);
    shows = (await inspect(page, `${where} tab ${(await tab.textContent())?.trim()}`, sweep)) || shows;
  }
  sweep.pages += 1;
  if (shows) sweep.showing += 1;
}
