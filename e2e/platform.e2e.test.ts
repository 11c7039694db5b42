import { describe, expect, it } from 'vitest';
import { screenshotPath } from './browser';
import { useJourney } from './journeys';

const journey = useJourney();

describe('platform endpoints in the browser', () => {
  it('reports health as JSON', async () => {
    const page = await journey.newPage();
    const response = await page.goto(`${journey.baseUrl}/healthz`);
    expect(response?.status()).toBe(200);
    expect(await response?.json()).toMatchObject({ status: 'ok', db: 'embedded-postgres' });
  });

  it('renders the OpenAPI viewer under the strict content security policy', async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/api/docs`);
    await expect.poll(() => page.getByText('Corium API').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText('/api/setup').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('openapi-viewer'), fullPage: false });
    const spec = await page.request.get(`${journey.baseUrl}/api/openapi.json`);
    expect((await spec.json()).openapi).toBe('3.1.0');
  });

  it('answers an unknown page with the app, and an unknown API path with JSON', async () => {
    const page = await journey.newPage();
    const api = await page.request.get(`${journey.baseUrl}/api/nothing-here`);
    expect(api.status()).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'NOT_FOUND' });
    const html = await page.goto(`${journey.baseUrl}/some/deep/link`);
    expect(html?.headers()['content-type']).toContain('text/html');
  });
});
