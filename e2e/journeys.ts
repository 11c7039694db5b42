import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { APIResponse, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from '../server/test/process/corium-process';
import { launchBrowser, screenshotPath } from './browser';
import { demoStaffSignIn } from './sign-in';

export interface Journey {
  corium: CoriumProcess;
  browser: Browser;
  /** http://localhost:PORT — a secure context, so the __Host- session cookie is accepted. */
  baseUrl: string;
  newPage(): Promise<Page>;
  /** Corium's time: the real time, or the shifted clock's when the journey set `clockAt`. */
  now(): Date;
  /** Corium's DATA_DIR: e-mails are written under `mail/` as .eml files (no SMTP configured). */
  dataDir: string;
  /** A new page signed in as a demo member of staff (a TOTP code is accepted once: sign in once per file). */
  staffPage(email: string): Promise<Page>;
  /** GET with the page's session; expects 200 and answers the JSON body. */
  json<T>(page: Page, path: string): Promise<T>;
  /** POST as the page's session, with its CSRF token, as the web app would. */
  post(page: Page, path: string, data: unknown): Promise<APIResponse>;
}

export interface JourneyOptions {
  /** More Chromium flags, e.g. a fake camera. */
  browserArgs?: readonly string[];
  /**
   * Run Corium's clock from this instant (clock-shift.mjs), so a journey that needs a working
   * day — a session starts on the day of its visit — does not depend on when it runs.
   */
  clockAt?: Date;
}

const clockShift = fileURLToPath(new URL('./clock-shift.mjs', import.meta.url));

/** The environment that starts a Corium process's clock at `clockAt` (none: the real clock). */
export function clockEnv(clockAt: Date | undefined): Record<string, string> {
  if (!clockAt) return {};
  const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --import=${clockShift}`.trim();
  return { NODE_OPTIONS: nodeOptions, CORIUM_E2E_NOW: clockAt.toISOString() };
}

/** Each journey file gets its own Corium (fresh data directory) and its own browser. */
export function useJourney(args: string[] = [], options: JourneyOptions = {}): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    await mkdir(screenshotPath('x').replace(/x\.png$/, ''), { recursive: true });
    const offset = options.clockAt ? options.clockAt.getTime() - Date.now() : 0;
    journey.now = () => new Date(Date.now() + offset);
    journey.dataDir = await tempDataDir();
    journey.corium = await startCorium({ DATA_DIR: journey.dataDir, ...clockEnv(options.clockAt) }, args);
    await waitHealthy(journey.corium);
    journey.baseUrl = journey.corium.url.replace('127.0.0.1', 'localhost');
    journey.browser = await launchBrowser(options.browserArgs);
    journey.newPage = async () => {
      const context = await journey.browser.newContext({ viewport: { width: 1280, height: 860 } });
      return context.newPage();
    };
    journey.staffPage = async (email) => {
      const page = await journey.newPage();
      await demoStaffSignIn(page, journey.baseUrl, email);
      return page;
    };
    journey.json = async <T>(page: Page, path: string) => {
      const response = await page.request.get(`${journey.baseUrl}${path}`);
      expect(response.status(), path).toBe(200);
      return (await response.json()) as T;
    };
    journey.post = async (page, path, data) => {
      const { csrfToken } = await journey.json<{ csrfToken: string }>(page, '/api/auth/session');
      return page.request.post(`${journey.baseUrl}${path}`, { headers: { 'X-CSRF-Token': csrfToken }, data });
    };
  });
  afterAll(async () => {
    await journey.browser?.close();
    if (journey.corium) await stopCorium(journey.corium);
  });
  return journey;
}
