import { learn } from '@corium/contracts';
import { createFootnotes, esc, gradeBadge, type Footnotes } from './html';
import type { PageShell } from './layout';
import { optionRows, sortHref, type OptionsQuery, type SortKey } from './options-table';

const nameOf = (code: learn.ConcernCode): string => learn.concernPages[code].name;

function filterForm(query: OptionsQuery): string {
  const boxes = Object.values(learn.concernPages)
    .map((page) => {
      const checked = query.picked.includes(page.code) ? ' checked' : '';
      return `<label><input type="checkbox" name="concern" value="${page.code}"${checked}> ${esc(page.name)}</label>`;
    })
    .join('');
  const evidence = query.evidenceOnly ? ' checked' : '';
  return `<form method="get" action="/learn/options"><fieldset><legend>Your concerns (pick none to see them all)</legend><div class="checks">${boxes}</div></fieldset>
<p><label><input type="checkbox" name="evidence" value="only"${evidence}> Hide options with no evidence for my concerns</label></p>
<input type="hidden" name="sort" value="${esc(query.sort)}"><input type="hidden" name="order" value="${query.order}">
<button type="submit">Show options</button></form>`;
}

function sortableHeader(query: OptionsQuery, key: SortKey, label: string): string {
  const sorted = query.sort === key;
  const aria = sorted ? ` aria-sort="${query.order}"` : '';
  const arrow = sorted ? (query.order === 'ascending' ? ' ▲' : ' ▼') : '';
  return `<th scope="col"${aria}><a class="sort" href="${esc(sortHref(query, key))}">${esc(label)}<span aria-hidden="true">${arrow}</span><span class="vh"> (sort)</span></a></th>`;
}

function gradeCell(option: learn.TreatmentOption, code: learn.ConcernCode, notes: Footnotes): string {
  if (option.id !== 'microneedling') return `<td>${gradeBadge(option.grades[code])}</td>`;
  const page = learn.concernPages[code];
  const verdict = page.verdict === 'not-recommended' ? '<strong>Not recommended.</strong> ' : '';
  return `<td>${gradeBadge(option.grades[code])}<br>${verdict}${notes.cite(page.reason)}</td>`;
}

function row(option: learn.TreatmentOption, query: OptionsQuery, notes: Footnotes): string {
  const grades = query.concerns.map((code) => gradeCell(option, code, notes)).join('');
  const cells = [option.evidence, option.downtime, option.course, option.cost, option.risks, option.avoidWhen]
    .map((claim) => `<td>${notes.cite(claim)}</td>`)
    .join('');
  return `<tr data-option="${option.id}"><th scope="row">${esc(option.name)}</th>${grades}${cells}</tr>`;
}

function table(query: OptionsQuery, notes: Footnotes): string {
  const rows = optionRows(query);
  const gradeHeads = query.concerns
    .map((code) => sortableHeader(query, `grade:${code}`, `Evidence: ${nameOf(code)}`))
    .join('');
  const head = `<tr>${sortableHeader(query, 'option', 'Option')}${gradeHeads}<th scope="col">Evidence overall</th>${sortableHeader(query, 'downtime', 'Downtime')}<th scope="col">Course</th>${sortableHeader(query, 'cost', 'Cost (US, indicative)')}<th scope="col">Main risks</th><th scope="col">Poor fit or avoid when</th></tr>`;
  const body = rows.map((option) => row(option, query, notes)).join('');
  const caption = `Options for ${query.concerns.map(nameOf).join(', ').toLowerCase()}: ${rows.length} shown. Select a column heading to sort.`;
  return `<div class="scroll" role="region" aria-labelledby="options-caption" tabindex="0"><table><caption id="options-caption">${esc(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

export function optionsPage(query: OptionsQuery): PageShell {
  const notes = createFootnotes();
  const body = `<h1>Your options compared</h1>
<p class="lead">Pick your concerns to see professional microneedling beside the other options: how strong the evidence is, downtime, course, cost and risks. <a href="/learn/evidence">What the grades mean</a>.</p>
${filterForm(query)}${table(query, notes)}
<p>Costs are indicative US ranges from an opinion article and cost guides; they vary by city, provider and area, and leave out consultations and aftercare products.</p>${notes.list()}`;
  return {
    path: '/learn/options',
    title: 'Your options compared',
    description:
      'Microneedling, RF microneedling, lasers, peels, retinoids, vitamin C, oral collagen and sunscreen side by side for your concerns.',
    body,
  };
}
