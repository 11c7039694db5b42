import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core. Nothing downloads a browser. The flags keep it
 * off the network it cannot reach here (background updates, sync, component downloads).
 * Playwright gives each launch a fresh temporary profile. `extraArgs` add to these, e.g. Chromium's
 * fake camera for the photo journeys.
 */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/** Screenshots are kept as test artifacts in test-results/screenshots. */
export const screenshotPath = (name: string): string =>
  path.resolve('test-results', 'screenshots', `${name}.png`);
