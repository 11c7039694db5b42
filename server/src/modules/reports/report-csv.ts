import type { ResponderRow, SideEffectRow } from '@corium/contracts';
import { csvCell } from '../inventory/recall-csv';

/** RFC 4180 lines, every cell through the recall CSV's formula guard (= + - @ become text). */
export const csvLine = (cells: readonly (string | number | null)[]): string =>
  cells.map((c) => csvCell(c === null ? '' : String(c))).join(',') + '\r\n';

/** Rates as fractions with four decimals (0.3333): a spreadsheet formats them as it likes. */
const fraction = (n: number | null): string => (n === null ? '' : n.toFixed(4));

export const OUTCOMES_COLUMNS = [
  'section',
  'dimension',
  'group',
  'scale',
  'evaluable',
  'responders',
  'responder_rate',
  'excluded_no_baseline',
  'excluded_no_follow_up',
  'signed_sessions',
  'sessions_with_flagged_check_in',
  'flagged_rate',
  'adverse_events',
  'adverse_events_per_100_sessions',
];

export const responderLine = (r: ResponderRow): string =>
  csvLine([
    ...['responders', r.dimension, r.label, r.scale, r.evaluable, r.responders, fraction(r.rate)],
    ...[r.excludedNoBaseline, r.excludedNoFollowUp, '', '', '', '', ''],
  ]);

export const sideEffectLine = (r: SideEffectRow): string =>
  csvLine([
    ...['side_effects', r.dimension, r.label, '', '', '', '', '', ''],
    ...[r.sessions, r.sessionsWithFlaggedCheckIn, fraction(r.flaggedRate), r.adverseEvents],
    r.adverseEventsPer100 === null ? '' : r.adverseEventsPer100.toFixed(2),
  ]);

export const OPERATIONS_COLUMNS = [
  'month',
  'location',
  'service',
  'appointments',
  'completed',
  'no_shows',
  'cancelled',
  'no_show_rate',
  'signed_sessions',
  'cartridges',
  'cartridges_per_session',
];

export interface OperationsCell {
  month: string;
  location: string;
  service: string;
  appointments: number;
  completed: number;
  noShows: number;
  cancelled: number;
  signedSessions: number;
  cartridges: number;
}

export const operationsLine = (c: OperationsCell): string =>
  csvLine([
    ...[c.month, c.location, c.service, c.appointments, c.completed, c.noShows, c.cancelled],
    fraction(c.completed + c.noShows > 0 ? c.noShows / (c.completed + c.noShows) : null),
    ...[c.signedSessions, c.cartridges, fraction(c.signedSessions ? c.cartridges / c.signedSessions : null)],
  ]);
