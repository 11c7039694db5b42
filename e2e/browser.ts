import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core. Nothing downloads a browser. The flags keep it
 * off the network it cannot reach here (background updates, sync, component downloads).
 * Playwright gives each launch a fresh temporary profile.
 */
export async function launchBrowser(): Promise<Browser> {
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
    ],
  });
}

/** Screenshots are kept as test artifacts in test-results/screenshots. */
export const screenshotPath = (name: string): string =>
  path.resolve('test-results', 'screenshots', `${name}.png`);
