import type { Modality, QuestionId, RuleWindow } from '@corium/contracts';
import type { Condition } from './rule-set.schema';

/**
 * The editable numbers inside a condition ("windows") and conditions in words, for the rule
 * view and for applying a medical director's changes. Pure: no I/O.
 */

/** A window together with where it lives, so that a change can set it on a copy of the data. */
export interface WindowRef extends RuleWindow {
  holder: Record<string, unknown>;
  key: string;
}

/** `superficial_peel` → "superficial peel". */
const words = (id: string): string => id.replace(/[_-]+/g, ' ');
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// Staff wording for the dated questions; the others read well enough from their ids.
const questionWords: Partial<Record<QuestionId, string>> = {
  isotretinoin_last_dose: 'last oral isotretinoin dose',
  topical_retinoid_last_use: 'last topical retinoid use',
  botulinum_toxin_last_date: 'last botulinum toxin',
  filler_last_date: 'last dermal filler',
  recent_procedures: 'recent procedure',
  fitzpatrick_type: 'Fitzpatrick type',
  melasma_or_pih_history: 'melasma or PIH history',
};
const questionText = (question: QuestionId): string => questionWords[question] ?? words(question);

const modalityWords: Record<Modality, string> = {
  microneedling: 'microneedling',
  'rf-microneedling': 'RF microneedling',
};

const or = (values: readonly string[]): string => values.map(words).join(' or ');

function subjectOf(c: Condition): string {
  if (c.kind === 'procedure_within_days') return capitalised(or(c.kinds));
  if (c.kind === 'age_below') return 'Age on the treatment date';
  return 'question' in c ? capitalised(questionText(c.question)) : capitalised(words(c.kind));
}

type WindowKind = RuleWindow['kind'];

/** One window: the number at `holder[key]`, shown at `path`. */
function windowAt(
  c: Condition & { kind: WindowKind },
  path: string,
  holder: Record<string, unknown>,
  key: string,
  modality?: Modality,
): WindowRef {
  return {
    path,
    kind: c.kind,
    unit: c.kind === 'age_below' ? 'years' : 'days',
    value: holder[key] as number,
    subject: subjectOf(c),
    ...(modality && { modality }),
    holder,
    key,
  };
}

/** Every window in `c`, depth first, with paths relative to `c` ("conditions.1.days"). */
export function windowsOf(c: Condition, prefix: string[] = []): WindowRef[] {
  const at = (...segments: string[]) => [...prefix, ...segments].join('.');
  const holder = c as unknown as Record<string, unknown>;
  switch (c.kind) {
    case 'any_of':
    case 'all_of':
      return c.conditions.flatMap((child, i) => windowsOf(child, [...prefix, 'conditions', String(i)]));
    case 'age_below':
      return [windowAt(c, at('years'), holder, 'years')];
    case 'procedure_within_days':
      // Without `days` the rule applies at any time (radiotherapy): there is no window to edit.
      return c.days === undefined ? [] : [windowAt(c, at('days'), holder, 'days')];
    case 'date_within_days': {
      const byModality = (c.daysByModality ?? {}) as Record<string, number>;
      const specific = Object.keys(byModality).map((mode) =>
        windowAt(c, at('daysByModality', mode), byModality, mode, mode as Modality),
      );
      return [windowAt(c, at('days'), holder, 'days'), ...specific];
    }
    default:
      return [];
  }
}

/** The window as the view shows it, without the reference into the data. */
export function windowView(ref: WindowRef): RuleWindow {
  const view: RuleWindow = {
    path: ref.path,
    kind: ref.kind,
    unit: ref.unit,
    value: ref.value,
    subject: ref.subject,
  };
  if (ref.modality) view.modality = ref.modality;
  return view;
}

function daysText(c: Extract<Condition, { kind: 'date_within_days' }>): string {
  const specific = Object.entries(c.daysByModality ?? {}).map(
    ([mode, days]) => `${days} for ${modalityWords[mode as Modality]}`,
  );
  return specific.length > 0 ? `${c.days} days (${specific.join(', ')})` : `${c.days} days`;
}

/** When a condition holds, in staff words: "Last botulinum toxin fewer than 14 days before treatment". */
export function describeCondition(c: Condition): string {
  switch (c.kind) {
    case 'boolean_true':
      return `${capitalised(questionText(c.question))}: yes`;
    case 'enum_in':
      return `${capitalised(questionText(c.question))}: ${or(c.values)}`;
    case 'number_between':
      return `${capitalised(questionText(c.question))} ${c.min}–${c.max}`;
    case 'date_within_days':
      return `${subjectOf(c)} fewer than ${daysText(c)} before treatment`;
    case 'list_contains':
      return `${capitalised(questionText(c.question))} include ${or(c.values)}`;
    case 'procedure_within_days':
      return c.days === undefined
        ? `${subjectOf(c)} at any time`
        : `${subjectOf(c)} fewer than ${c.days} days before treatment`;
    case 'age_below':
      return `Younger than ${c.years} years on the treatment date`;
    case 'first_session':
      return 'First microneedling session';
    case 'any_of':
    case 'all_of':
      return c.conditions
        .map((child) =>
          child.kind === 'any_of' || child.kind === 'all_of'
            ? `(${describeCondition(child)})`
            : describeCondition(child),
        )
        .join(c.kind === 'any_of' ? ', or ' : ', and ');
  }
}
