import { learn } from '@corium/contracts';
import { esc } from './html';

/** Every public page's path, for the sitemap and the tests that visit them all. */
export function publicPaths(): string[] {
  return [
    '/',
    '/learn',
    '/learn/what-is-microneedling',
    ...Object.values(learn.concernPages).map((page) => `/learn/concerns/${page.slug}`),
    '/learn/options',
    '/learn/myths',
    '/learn/aftercare',
    '/learn/self-check',
    '/learn/evidence',
  ];
}

export function sitemapXml(publicUrl: string): string {
  const urls = publicPaths()
    .map((path) => `<url><loc>${esc(publicUrl + path)}</loc></url>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`;
}

/** Public pages may be indexed; the staff app, the portal and the API may not. */
export function robotsTxt(publicUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /staff\nDisallow: /portal\nDisallow: /signin\nDisallow: /invite\nSitemap: ${publicUrl}/sitemap.xml\n`;
}
