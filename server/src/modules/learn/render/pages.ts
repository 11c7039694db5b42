import { learn } from '@corium/contracts';
import { createFootnotes, esc, gradeBadge, verdictLabels, type Footnotes } from './html';
import type { PageShell } from './layout';

const concernList = (): learn.ConcernPage[] => Object.values(learn.concernPages);

function sections(page: learn.ContentPage, notes: Footnotes): string {
  return page.sections
    .map((s) => `<h2>${esc(s.heading)}</h2>${s.claims.map((c) => `<p>${notes.cite(c)}</p>`).join('')}`)
    .join('');
}

function gradeLegend(): string {
  const rows = learn.evidenceGrades
    .map(
      (g) =>
        `<dt id="grade-${g.toLowerCase()}">${gradeBadge(g)}</dt><dd>${esc(learn.evidenceLegend[g])}</dd>`,
    )
    .join('');
  return `<dl class="legend">${rows}</dl>`;
}

export function learnIndexPage(clinicName: string): PageShell {
  const concerns = concernList()
    .map(
      (c) =>
        `<li><a href="/learn/concerns/${c.slug}">${esc(c.name)}</a> — ${gradeBadge(c.grade)} ${esc(verdictLabels[c.verdict])}</li>`,
    )
    .join('');
  const body = `<h1>Learn and decide</h1>
<p class="lead">Honest answers about microneedling at ${esc(clinicName)}: what it can and cannot do, the other options, and whether it suits you. Every statement links to its source.</p>
<ul>
<li><a href="/learn/what-is-microneedling">What microneedling is</a>: how it works, pen or roller, and what a course looks like.</li>
<li><a href="/learn/options">Your options compared</a>: microneedling beside lasers, peels, creams and sunscreen.</li>
<li><a href="/learn/myths">Myths and facts</a>: common claims, checked.</li>
<li><a href="/learn/aftercare">Side effects and aftercare</a>: what is normal, day by day, and when to call.</li>
<li><a href="/learn/self-check">Am I a candidate?</a> A private check that stays on your device.</li>
</ul>
<h2>By concern</h2><ul>${concerns}</ul>
<h2>How we grade the evidence</h2>${gradeLegend()}`;
  return {
    path: '/learn',
    title: 'Learn and decide',
    description:
      'Honest, referenced information about microneedling, its alternatives, side effects and aftercare.',
    body,
  };
}

export function contentPage(page: learn.ContentPage): PageShell {
  const notes = createFootnotes();
  const main = sections(page, notes);
  return {
    path: `/learn/${page.slug}`,
    title: page.title,
    description: page.description,
    body: `<h1>${esc(page.title)}</h1><p class="lead">${esc(page.description)}</p>${main}${notes.list()}`,
  };
}

export function concernPageShell(page: learn.ConcernPage): PageShell {
  const notes = createFootnotes();
  const summary = `<div class="card"><p><span class="verdict">${esc(verdictLabels[page.verdict])}</span> · Evidence: ${gradeBadge(page.grade)} <a href="/learn/evidence">(what the grades mean)</a></p><p>${notes.cite(page.reason)}</p></div>`;
  const main = sections(page, notes);
  return {
    path: `/learn/concerns/${page.slug}`,
    title: page.title,
    description: page.description,
    body: `<h1>${esc(page.title)}</h1>${summary}${main}<p><a href="/learn/options?concern=${esc(codeOf(page))}">Compare the options for ${esc(page.name.toLowerCase())}</a></p>${notes.list()}`,
  };
}

const codeOf = (page: learn.ConcernPage): string => page.slug.replace(/-/g, '_');

const mythVerdicts: Record<learn.MythEntry['verdict'], string> = {
  wrong: 'Wrong',
  unsupported: 'Not supported by evidence',
  overstated: 'Overstated',
  'partly true': 'Partly true',
};

export function mythsPage(): PageShell {
  const notes = createFootnotes();
  const items = learn.myths
    .map(
      (m, i) =>
        `<section class="card" aria-labelledby="myth-${i}"><h2 id="myth-${i}"><span class="vh">Myth: </span>“${esc(m.myth)}”</h2><p><strong>${mythVerdicts[m.verdict]}.</strong> ${notes.cite(m.fact)}</p></section>`,
    )
    .join('');
  return {
    path: '/learn/myths',
    title: 'Myths and facts',
    description:
      'Common claims about microneedling, checked against the evidence, each with its correction and source.',
    body: `<h1>Myths and facts</h1><p class="lead">Claims you may have read about microneedling, and what the evidence says.</p>${items}${notes.list()}`,
  };
}

export function evidencePage(): PageShell {
  const refs = Object.entries(learn.learnReferences)
    .sort(([, a], [, b]) => a.number - b.number)
    .map(
      ([id, r]) =>
        `<li id="ref-${id}">${esc(r.citation)}${r.url.startsWith('/') ? '' : ` <a href="${esc(r.url)}">Read the source</a>`}</li>`,
    )
    .join('');
  return {
    path: '/learn/evidence',
    title: 'How we grade the evidence',
    description: 'What the evidence grades A to D mean on these pages, and every source they cite.',
    body: `<h1>How we grade the evidence</h1><p class="lead">Each statement carries its sources. Each treatment gets a grade for how strong the research behind it is. When sources disagree, we show the lower grade.</p>${gradeLegend()}<section class="refs" aria-labelledby="all-refs"><h2 id="all-refs">All sources</h2><ul>${refs}</ul></section>`,
  };
}
