import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learn } from '@corium/contracts';
import type { Deps } from '../../deps';
import { AppError } from '../../platform/errors/app-error';
import { paths } from '../../platform/paths';
import { brandColourOf } from '../clinic/branding.service';
import { listClinics } from '../clinic/clinic.service';
import { defaultRuleSet } from '../screening/rule-sets/default-rule-set';
import { currentRuleSet } from '../screening/rule-sets/current-rule-set';
import { renderPage, type SiteInfo } from './render/layout';
import { optionsPage } from './render/options-page';
import { optionsQuery } from './render/options-table';
import { concernPageShell, contentPage, evidencePage, learnIndexPage, mythsPage } from './render/pages';
import { selfCheckPage } from './render/self-check-page';
import { robotsTxt, sitemapXml } from './render/sitemap';
import { publicRuleSet, selfCheckQuestions } from './self-check';

/** Where `npm run build` writes the self-check script, from the server folder. */
export const selfCheckBundlePath = 'dist/public/self-check.js';

/** Corium's teal (white text 6.4:1), used until the clinic chooses its own colour. */
const coriumTeal = '#156b5e';

/** The public site is the first clinic's: one Corium serves one clinic's website. */
async function siteInfo(deps: Deps): Promise<SiteInfo & { clinicId: string | null }> {
  const [clinic] = await listClinics(deps);
  const brandColour = clinic ? await brandColourOf(deps, clinic.id) : null;
  return {
    clinicId: clinic?.id ?? null,
    clinicName: clinic?.name ?? 'Corium',
    publicUrl: deps.config.publicUrl.replace(/\/+$/, ''),
    brandColour: brandColour ?? coriumTeal,
  };
}

export type LearnPage = 'index' | 'what-is-microneedling' | 'myths' | 'aftercare' | 'evidence';

export async function renderLearnPage(deps: Deps, page: LearnPage): Promise<string> {
  const site = await siteInfo(deps);
  const shells = {
    index: () => learnIndexPage(site.clinicName),
    'what-is-microneedling': () => contentPage(learn.whatIsMicroneedling),
    myths: mythsPage,
    aftercare: () => contentPage(learn.aftercare),
    evidence: evidencePage,
  };
  return renderPage(site, shells[page]());
}

export async function renderConcernPage(deps: Deps, slug: string): Promise<string> {
  const page = Object.values(learn.concernPages).find((p) => p.slug === slug);
  if (!page) throw new AppError('NOT_FOUND', `There is no page about “${slug}”`);
  return renderPage(await siteInfo(deps), concernPageShell(page));
}

export async function renderOptionsPage(
  deps: Deps,
  query: Parameters<typeof optionsQuery>[0],
): Promise<string> {
  return renderPage(await siteInfo(deps), optionsPage(optionsQuery(query)));
}

/**
 * The self-check page carries the clinic's current screening rules (Corium's default before
 * onboarding); its script screens the visitor's answers with them on the device.
 */
export async function renderSelfCheckPage(deps: Deps): Promise<string> {
  const site = await siteInfo(deps);
  const ruleSet = site.clinicId ? await currentRuleSet(deps.db, site.clinicId) : defaultRuleSet;
  return renderPage(site, selfCheckPage(site.clinicName, selfCheckQuestions(), publicRuleSet(ruleSet)));
}

/** Run from the bundle (server/dist), the build has written the script next to it. */
const bundled = path.basename(path.dirname(fileURLToPath(import.meta.url))) === 'dist';
let selfCheckScript: Promise<string> | null = null;

/**
 * The self-check's browser script: the screening engine and the page glue in one small bundle.
 * `npm run build` writes it to server/dist; run from source (development, tests) it is bundled
 * in memory once, so it never lags behind the engine it carries.
 */
export function selfCheckScriptSource(): Promise<string> {
  selfCheckScript ??= bundled
    ? readFile(path.join(paths.serverRoot, selfCheckBundlePath), 'utf8')
    : bundleInMemory();
  return selfCheckScript;
}

async function bundleInMemory(): Promise<string> {
  const bundler = pathToFileURL(
    path.join(paths.serverRoot, 'src/modules/learn/assets/bundle-self-check.mjs'),
  );
  const { bundleSelfCheck } = (await import(bundler.href)) as {
    bundleSelfCheck: () => Promise<string>;
  };
  return bundleSelfCheck();
}

export async function sitemap(deps: Deps): Promise<string> {
  return sitemapXml((await siteInfo(deps)).publicUrl);
}

export async function robots(deps: Deps): Promise<string> {
  return robotsTxt((await siteInfo(deps)).publicUrl);
}
