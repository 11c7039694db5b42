import { esc } from './html';
import { pageStyles } from './styles';

/** What every public page knows about the site: the clinic and where it is published. */
export interface SiteInfo {
  clinicName: string;
  /** The public origin without a trailing slash, e.g. `https://clinic.example`. */
  publicUrl: string;
  /** The clinic's colour, a CSS hex colour dark enough for white text. */
  brandColour: string;
}

export interface PageShell {
  path: string;
  title: string;
  description: string;
  body: string;
  /** A script file of this site that the page needs (only the self-check has one). */
  script?: string;
}

const navItems: readonly [string, string][] = [
  ['/learn', 'Learn'],
  ['/learn/what-is-microneedling', 'What it is'],
  ['/learn/options', 'Your options compared'],
  ['/learn/myths', 'Myths and facts'],
  ['/learn/aftercare', 'Aftercare'],
  ['/learn/self-check', 'Am I a candidate?'],
];

function nav(current: string): string {
  const items = navItems
    .map(([href, label]) => {
      const here = href === current ? ' aria-current="page"' : '';
      return `<li><a href="${href}"${here}>${label}</a></li>`;
    })
    .join('');
  return `<nav class="learn" aria-label="Learn and decide"><ul>${items}</ul></nav>`;
}

/** A complete, self-contained HTML document: inline styles, no script unless the page needs one. */
export function renderPage(site: SiteInfo, page: PageShell): string {
  const clinic = esc(site.clinicName);
  const script = page.script ? `<script type="module" src="${page.script}"></script>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(page.title)} · ${clinic}</title>
<meta name="description" content="${esc(page.description)}">
<link rel="canonical" href="${esc(site.publicUrl + page.path)}">
<meta property="og:title" content="${esc(page.title)}">
<meta property="og:description" content="${esc(page.description)}">
<meta property="og:site_name" content="${clinic}">
<style>${pageStyles(site.brandColour)}</style>${script}</head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="site"><div class="wrap bar"><a class="brand" href="/">${clinic}</a>${nav(page.path)}</div></header>
<main id="main" tabindex="-1"><div class="wrap">${page.body}</div></main>
<footer class="site"><div class="wrap"><p>${clinic} runs on Corium, open-source software for microneedling clinics. These pages explain; they do not replace a consultation. Evidence grades: <a href="/learn/evidence">what A to D mean</a>.</p></div></footer>
</body></html>`;
}
