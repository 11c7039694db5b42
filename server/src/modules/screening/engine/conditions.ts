import type { Modality, QuestionId, ZoneId } from '@corium/contracts';
import type { Condition } from '../rule-sets/rule-set.schema';
import { dayNumber } from './calendar';

/** What one evaluation knows; built once per call so every condition reads precomputed values. */
export interface EvalContext {
  answers: Readonly<Partial<Record<QuestionId, unknown>>>;
  /** The treatment date as a day number (calendar.ts); NaN when there is none (depth caps alone). */
  treatmentDay: number;
  modality: Modality | undefined;
  zones: readonly ZoneId[];
  /** Whole years on the treatment date; NaN when unknown. */
  age: number;
  isFirstSession: boolean;
}

/**
 * A compiled condition: `null` when it does not hold, otherwise what made it hold, in words
 * for staff ("filler_last_date 2026-11-20, 5 days before the treatment (window: under 14 days)"),
 * or '' when the rule's own reason says it all.
 */
export type Matcher = (ctx: EvalContext) => string | null;

type Of<K extends Condition['kind']> = Extract<Condition, { kind: K }>;

/** Turns rule-set data into a matcher once, so evaluating it allocates almost nothing. */
export function compileCondition(c: Condition): Matcher {
  switch (c.kind) {
    case 'boolean_true':
      return (ctx) => (ctx.answers[c.question] === true ? '' : null);
    case 'enum_in':
      return enumIn(c);
    case 'number_between':
      return numberBetween(c);
    case 'date_within_days':
      return dateWithinDays(c);
    case 'list_contains':
      return listContains(c);
    case 'procedure_within_days':
      return procedureWithinDays(c);
    case 'age_below':
      return (ctx) => (ctx.age < c.years ? `aged ${ctx.age} on the treatment date` : null);
    case 'first_session':
      return (ctx) => (ctx.isFirstSession ? 'first session' : null);
    case 'any_of':
      return anyOf(c.conditions.map(compileCondition));
    case 'all_of':
      return allOf(c.conditions.map(compileCondition));
  }
}

/** The questions a condition reads, to tell "answered no" from "not answered". */
export function questionsOf(c: Condition): QuestionId[] {
  if (c.kind === 'any_of' || c.kind === 'all_of') return c.conditions.flatMap(questionsOf);
  return 'question' in c ? [c.question] : [];
}

function enumIn(c: Of<'enum_in'>): Matcher {
  const values = new Set<unknown>(c.values);
  return (ctx) => {
    const value = ctx.answers[c.question];
    return values.has(value) ? `${c.question}: ${String(value)}` : null;
  };
}

function numberBetween(c: Of<'number_between'>): Matcher {
  return (ctx) => {
    const value = ctx.answers[c.question];
    return typeof value === 'number' && value >= c.min && value <= c.max ? `${c.question}: ${value}` : null;
  };
}

/**
 * Days from `date` to the treatment when that is fewer than `days`, else null. A date on or
 * after the treatment date counts as inside: the event is not yet behind the patient (an
 * isotretinoin course still running on the day), so the cautious reading applies.
 */
function daysBefore(date: unknown, ctx: EvalContext, days: number): number | null {
  if (typeof date !== 'string') return null;
  const before = ctx.treatmentDay - dayNumber(date);
  return before < days ? before : null;
}

function describeWindow(label: string, date: string, before: number, days: number): string {
  const when = before < 0 ? 'after the treatment date' : `${before} days before the treatment`;
  return `${label} ${date}, ${when} (window: under ${days} days)`;
}

function dateWithinDays(c: Of<'date_within_days'>): Matcher {
  const byModality = c.daysByModality;
  return (ctx) => {
    const days = (ctx.modality === undefined ? undefined : byModality?.[ctx.modality]) ?? c.days;
    const date = ctx.answers[c.question];
    const before = daysBefore(date, ctx, days);
    return before === null ? null : describeWindow(c.question, date as string, before, days);
  };
}

function listContains(c: Of<'list_contains'>): Matcher {
  const wanted = new Set<unknown>(c.values);
  return (ctx) => {
    const list = ctx.answers[c.question];
    if (!Array.isArray(list)) return null;
    const found = list.filter((item) => wanted.has(item));
    return found.length > 0 ? `${c.question}: ${found.join(', ')}` : null;
  };
}

interface ProcedureEntry {
  kind: unknown;
  date: unknown;
}

function procedureWithinDays(c: Of<'procedure_within_days'>): Matcher {
  const kinds = new Set<unknown>(c.kinds);
  const days = c.days;
  return (ctx) => {
    const list = ctx.answers[c.question];
    if (!Array.isArray(list)) return null;
    const found: string[] = [];
    for (const entry of list as ProcedureEntry[]) {
      if (!kinds.has(entry?.kind) || typeof entry.date !== 'string') continue;
      const label = String(entry.kind);
      if (days === undefined) {
        found.push(`${label} on ${entry.date}`);
        continue;
      }
      const before = daysBefore(entry.date, ctx, days);
      if (before !== null) found.push(describeWindow(label, entry.date, before, days));
    }
    return found.length > 0 ? found.join('; ') : null;
  };
}

function anyOf(matchers: Matcher[]): Matcher {
  return (ctx) => {
    for (const match of matchers) {
      const detail = match(ctx);
      if (detail !== null) return detail;
    }
    return null;
  };
}

function allOf(matchers: Matcher[]): Matcher {
  return (ctx) => {
    const details: string[] = [];
    for (const match of matchers) {
      const detail = match(ctx);
      if (detail === null) return null;
      if (detail) details.push(detail);
    }
    return details.join('; ');
  };
}
