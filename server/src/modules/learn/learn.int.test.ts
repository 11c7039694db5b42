import { learn } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { publicPaths } from './render/sitemap';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await createTestClinic(t.deps, 'Harbour Skin Clinic');
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
const learnPaths = publicPaths().filter((path) => path !== '/');

describe('public learning pages', () => {
  it('serves every page as indexable HTML in the clinic’s name, without signing in', async () => {
    for (const path of learnPaths) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      const page = response.body;
      expect(page).toMatch(/<title>[^<]+ · Harbour Skin Clinic<\/title>/);
      expect(page).toContain(`<link rel="canonical" href="http://localhost:3000${path}">`);
      expect(page).toMatch(/<meta name="description" content="[^"]{40,}">/);
      expect(page.match(/<h1[ >]/g), path).toHaveLength(1);
      expect(page).toContain('<main id="main"');
    }
  });

  it('links every footnote to an entry of the page’s reference list, and every entry to its source', async () => {
    for (const path of learnPaths) {
      const page = (await get(path)).body;
      const cited = new Set([...page.matchAll(/href="#ref-(\w+)"/g)].map((m) => m[1]!));
      for (const ref of cited) {
        expect(page, `${path} cites ${ref}`).toContain(`id="ref-${ref}"`);
        const url = learn.learnReferences[ref as learn.ReferenceId].url;
        if (!url.startsWith('/')) expect(page).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
      }
    }
    const concern = (await get('/learn/concerns/acne-scars')).body;
    expect(concern).toContain('Cochrane');
  });

  it('never shows the article’s errors on any page', async () => {
    for (const path of learnPaths) {
      const text = visibleText((await get(path)).body);
      for (const phrase of learn.forbiddenPhrases)
        expect(text, `${path}: ${String(phrase)}`).not.toMatch(phrase);
    }
  });

  it('compares options for the chosen concerns and says microneedling is not for sunspots', async () => {
    const page = (await get('/learn/options?concern=acne_scars&concern=sunspots&sort=cost&order=ascending'))
      .body;
    expect(page).toContain('Evidence: Acne scars');
    expect(page).toContain('Evidence: Sunspots');
    expect(page).not.toContain('Evidence: Melasma');
    expect(page).toMatch(/<th scope="col" aria-sort="ascending"><a class="sort" [^>]*>Cost/);
    const rows = [...page.matchAll(/<tr data-option="([^"]+)">/g)].map((m) => m[1]);
    expect(rows[0]).toBe('sunscreen');
    const microneedling = page.slice(page.indexOf('data-option="microneedling"'));
    expect(microneedling.slice(0, microneedling.indexOf('</tr>'))).toMatch(
      /No evidence<\/span><br><strong>Not recommended\.<\/strong> No meaningful evidence[^<]*<sup class="fns"><a class="fn" href="#ref-/,
    );
  });

  it('filters out options without evidence for the chosen concerns, and ignores unknown ones', async () => {
    const page = (await get('/learn/options?concern=sunspots&concern=freckles&evidence=only')).body;
    expect(page).not.toContain('data-option="microneedling"');
    expect(page).toContain('data-option="retinoids"');
    expect((await get('/learn/options?sort=%3Cscript%3E')).statusCode).toBe(200);
  });

  it('carries the clinic’s rule set and the engine for the self-check, never its staff notes', async () => {
    const page = (await get('/learn/self-check')).body;
    const json = page.match(/<script type="application\/json" id="self-check-data">([^<]*)<\/script>/)![1]!;
    const ruleSet = JSON.parse(json);
    expect(ruleSet.id).toBe('corium-default');
    const pregnancy = ruleSet.rules.find((rule: { id: string }) => rule.id === 'C21');
    expect(pregnancy.patientMessage).toMatch(/pregnan/i);
    expect(pregnancy.reason).toBe('');
    expect(page).toContain('<script type="module" src="/learn/self-check.js"></script>');
    expect(page).toMatch(/<legend>Would you like treatment near your mouth or nose\?<\/legend>/);
    expect(page).toContain('<input type="date" id="isotretinoin_last_dose_date"');
    const script = await get('/learn/self-check.js');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).toContain('self-check-data');
    expect(script.body).not.toMatch(/fetch\(|XMLHttpRequest|sendBeacon|localStorage/);
  });

  it('answers an unknown concern with 404', async () => {
    const response = await get('/learn/concerns/freckles');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'NOT_FOUND' });
  });

  it('publishes a sitemap of every public page and keeps private areas out of robots', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.headers['content-type']).toMatch(/^application\/xml/);
    for (const path of publicPaths())
      expect(sitemap.body).toContain(`<loc>http://localhost:3000${path}</loc>`);
    const robots = (await get('/robots.txt')).body;
    expect(robots).toContain('Disallow: /api/');
    expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  });
});
