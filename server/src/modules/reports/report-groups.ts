import {
  depthBands,
  outcomeScales,
  reportDimensions,
  type OutcomeScaleId,
  type ReportDimension,
  type ResponderRow,
  type SideEffectRow,
} from '@corium/contracts';
import { verdictOf, type ScoreFact, type Verdict } from './responders';

/**
 * Pure: the report's groupings. A course (or a session) belongs to one group per dimension —
 * except concerns, where a course for acne scars and texture counts once under each.
 */

export interface Group {
  key: string;
  label: string;
}

/** What the grouping needs to know about a course or a signed session. */
export interface Grouped {
  /** Concern codes; empty for a session outside a course. */
  concerns: readonly string[];
  modality: string;
  /** The deepest needling charted, in mm; null when no zone was charted. */
  deepestMm: number | null;
  practitioner: Group | null;
  device: Group | null;
}

export interface CourseFacts extends Grouped {
  seriesId: string;
}

export interface SessionFacts extends Grouped {
  sessionId: string;
  /** At least one of its check-ins was triaged review, urgent or emergency. */
  flagged: boolean;
  adverseEvents: number;
}

const words = (code: string): string => {
  const text = code.replace(/[_-]/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const protocolLabel = (modality: string): string =>
  modality === 'rf-microneedling' ? 'RF microneedling' : words(modality);

/** The band a depth falls in (0.5 → "≤ 0.5 mm", 0.75 → "0.5–1.0 mm", 2.0 → "> 1.5 mm"). */
export function depthBandOf(mm: number | null): Group {
  if (mm === null) return { key: 'not_charted', label: 'No depth charted' };
  const band = depthBands.find((b) => b.upToMm === null || mm <= b.upToMm)!;
  return { key: band.id, label: band.label };
}

const noCourse: Group = { key: 'no_course', label: 'Not part of a course' };

/** Every group a thing belongs to, dimension by dimension (several for concerns). */
function groupsOf(thing: Grouped, concern: string | null): Record<ReportDimension, Group[]> {
  const concerns = concern !== null ? [concern] : thing.concerns;
  return {
    concern: concerns.length ? concerns.map((c) => ({ key: c, label: words(c) })) : [noCourse],
    protocol: [{ key: thing.modality, label: protocolLabel(thing.modality) }],
    depth_band: [depthBandOf(thing.deepestMm)],
    practitioner: [thing.practitioner ?? { key: 'unknown', label: 'Not recorded' }],
    device: [thing.device ?? { key: 'none', label: 'No pen recorded' }],
  };
}

/** Adds one observation to every group it belongs to. */
function tally<T>(
  into: Map<string, { dimension: ReportDimension; group: Group; value: T }>,
  groups: Record<ReportDimension, Group[]>,
  suffix: string,
  fresh: () => T,
  add: (value: T) => void,
): void {
  for (const dimension of reportDimensions)
    for (const group of groups[dimension]) {
      const id = `${dimension}\u0000${group.key}\u0000${suffix}`;
      if (!into.has(id)) into.set(id, { dimension, group, value: fresh() });
      add(into.get(id)!.value);
    }
}

/** Node 20 has no Map.groupBy. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

type Counts = Record<Verdict, number>;

/**
 * One verdict per course × concern × scale with a responder rule, counted in every group. A
 * score counts for the concerns the course treats: its own concern, or all of them when it
 * rates the whole face.
 */
export function responderRows(courses: readonly CourseFacts[], scores: readonly ScoreFact[]): ResponderRow[] {
  const bySeries = groupBy(scores, (s) => s.seriesId);
  const groups = new Map<string, { dimension: ReportDimension; group: Group; value: Counts }>();
  for (const course of courses) {
    const own = bySeries.get(course.seriesId) ?? [];
    const units = groupBy(
      own.flatMap((s) =>
        s.concern === null
          ? course.concerns.map((c) => ({ ...s, concern: c }))
          : course.concerns.includes(s.concern)
            ? [s]
            : [],
      ),
      (s) => `${s.concern}\u0000${s.scale}`,
    );
    for (const unit of units.values()) {
      const { concern, scale } = unit[0]!;
      const rule = outcomeScales[scale].responder;
      if (!rule) continue;
      const verdict = verdictOf(rule, unit);
      const fresh = (): Counts => ({ responder: 0, non_responder: 0, no_baseline: 0, no_follow_up: 0 });
      tally(groups, groupsOf(course, concern), scale, fresh, (c) => (c[verdict] += 1));
    }
  }
  return [...groups.entries()].map(([id, { dimension, group, value: c }]) => {
    const evaluable = c.responder + c.non_responder;
    return {
      ...{ dimension, key: group.key, label: group.label, scale: id.split('\u0000')[2] as OutcomeScaleId },
      ...{ evaluable, responders: c.responder, rate: rate(c.responder, evaluable) },
      ...{ excludedNoBaseline: c.no_baseline, excludedNoFollowUp: c.no_follow_up },
    };
  });
}

/** Per group: signed sessions, the share with a flagged check-in, adverse events per 100 sessions. */
export function sideEffectRows(sessions: readonly SessionFacts[]): SideEffectRow[] {
  type Sums = { sessions: number; flagged: number; events: number };
  const groups = new Map<string, { dimension: ReportDimension; group: Group; value: Sums }>();
  for (const s of sessions) {
    const fresh = (): Sums => ({ sessions: 0, flagged: 0, events: 0 });
    tally(groups, groupsOf(s, null), '', fresh, (sums) => {
      sums.sessions += 1;
      sums.flagged += s.flagged ? 1 : 0;
      sums.events += s.adverseEvents;
    });
  }
  return [...groups.values()].map(({ dimension, group, value: v }) => ({
    ...{ dimension, key: group.key, label: group.label, sessions: v.sessions },
    ...{ sessionsWithFlaggedCheckIn: v.flagged, flaggedRate: rate(v.flagged, v.sessions) },
    ...{ adverseEvents: v.events, adverseEventsPer100: v.sessions ? (100 * v.events) / v.sessions : null },
  }));
}

/** Rows in a stable order: dimension as listed, then label, then scale. */
export function sortRows<T extends { dimension: ReportDimension; label: string; scale?: string }>(
  rows: T[],
): T[] {
  const order = (d: ReportDimension) => reportDimensions.indexOf(d);
  return rows.sort(
    (a, b) =>
      order(a.dimension) - order(b.dimension) ||
      a.label.localeCompare(b.label) ||
      (a.scale ?? '').localeCompare(b.scale ?? ''),
  );
}
