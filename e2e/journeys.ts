import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from '../server/test/process/corium-process';
import { launchBrowser, screenshotPath } from './browser';

export interface Journey {
  corium: CoriumProcess;
  browser: Browser;
  /** http://localhost:PORT — a secure context, so the __Host- session cookie is accepted. */
  baseUrl: string;
  newPage(): Promise<Page>;
}

/** Each journey file gets its own Corium (fresh data directory) and its own browser. */
export function useJourney(args: string[] = []): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    await mkdir(screenshotPath('x').replace(/x\.png$/, ''), { recursive: true });
    journey.corium = await startCorium({ DATA_DIR: await tempDataDir() }, args);
    await waitHealthy(journey.corium);
    journey.baseUrl = journey.corium.url.replace('127.0.0.1', 'localhost');
    journey.browser = await launchBrowser();
    journey.newPage = async () => {
      const context = await journey.browser.newContext({ viewport: { width: 1280, height: 860 } });
      return context.newPage();
    };
  });
  afterAll(async () => {
    await journey.browser?.close();
    if (journey.corium) await stopCorium(journey.corium);
  });
  return journey;
}
