import { learn } from '@corium/contracts';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and double-quoted attributes. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (ch) => entities[ch]!);

/**
 * Numbers a page's references in the order they are first cited, renders each claim with its
 * footnote links, and the numbered list they point to. One per rendered page.
 */
export interface Footnotes {
  cite: (claim: learn.Claim) => string;
  list: () => string;
}

export function createFootnotes(): Footnotes {
  const order: learn.ReferenceId[] = [];
  const numberOf = (ref: learn.ReferenceId): number => {
    if (!order.includes(ref)) order.push(ref);
    return order.indexOf(ref) + 1;
  };
  const marks = (claim: learn.Claim): string =>
    claim.refs
      .map((ref) => `<a class="fn" href="#ref-${ref}"><span class="vh">source </span>${numberOf(ref)}</a>`)
      .join('<span class="vh">, </span>');
  return {
    cite: (claim) => `${esc(claim.text)}<sup class="fns">${marks(claim)}</sup>`,
    list: () => referenceList(order),
  };
}

function referenceList(order: readonly learn.ReferenceId[]): string {
  if (order.length === 0) return '';
  const items = order
    .map((ref, i) => {
      const entry = learn.learnReferences[ref];
      return `<li id="ref-${ref}" value="${i + 1}">${esc(entry.citation)} <a href="${esc(entry.url)}">${linkLabel(entry.url)}</a></li>`;
    })
    .join('');
  return `<section class="refs" aria-labelledby="refs-h"><h2 id="refs-h">References</h2><ol>${items}</ol></section>`;
}

const linkLabel = (url: string): string => (url.startsWith('/') ? 'About grade D' : 'Read the source');

export const gradeLabel = (grade: learn.EvidenceGrade | null): string =>
  grade ? `Grade ${grade}` : 'No evidence';

/** A grade as a badge; the letter is spelt out for screen readers by the visible label. */
export function gradeBadge(grade: learn.EvidenceGrade | null): string {
  const cls = grade ? `g g-${grade.toLowerCase()}` : 'g g-none';
  return `<span class="${cls}">${gradeLabel(grade)}</span>`;
}

export const verdictLabels: Record<learn.Verdict, string> = {
  reasonable: 'Reasonable evidence',
  modest: 'Modest benefit at best',
  adjunct: 'Only as an add-on',
  'not-recommended': 'Not recommended',
};
