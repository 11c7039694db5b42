import { firstInstantReading, instantClockStaysPast, type OffsetSpan } from './time-zone';
import { mergePairs, subtract, type Intervals } from './intervals';
import { isoWeekday, MINUTES_PER_DAY, MS_PER_MINUTE, parseClock, parseDate } from './local-time';
import { refuse } from './request-error';
import type { ResourceCalendar } from './types';

/**
 * A calendar parsed once per request: each day's hours as flat `[start, end]` minutes of the
 * local day (an end past 1440 runs into the next day), time off as instants.
 */
export interface PreparedCalendar {
  id: string;
  /** Index = ISO weekday (0 unused). */
  weekly: number[][];
  /** Local day number → that day's hours instead of the weekly ones. */
  exceptions: Map<number, number[]>;
  timeOff: Intervals;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `[{ start: '22:00', end: '02:00' }]` → `[1320, 1560]`, sorted by start. */
function parseHours(list: unknown, path: string): number[] {
  if (!Array.isArray(list)) refuse(path, 'Expected a list of { start, end } times');
  const pairs = list.map((interval: unknown, i): [number, number] => {
    const fields = isObject(interval) ? interval : {};
    const start = parseClock(fields.start, false);
    if (start === null) refuse(`${path}.${i}.start`, 'Expected a time from 00:00 to 23:59');
    const end = parseClock(fields.end, true);
    if (end === null) refuse(`${path}.${i}.end`, 'Expected a time from 00:00 to 24:00');
    // An end at or before the start is on the next day: 22:00–02:00 is four hours.
    return [start, end <= start ? end + MINUTES_PER_DAY : end];
  });
  return pairs.sort((a, b) => a[0] - b[0]).flat();
}

function parseWeekly(weekly: unknown, path: string): number[][] {
  if (!isObject(weekly)) refuse(path, 'Expected hours by ISO weekday, 1 (Monday) to 7 (Sunday)');
  const days: number[][] = Array.from({ length: 8 }, () => []);
  for (const [key, hours] of Object.entries(weekly)) {
    if (!/^[1-7]$/.test(key)) refuse(`${path}.${key}`, 'Weekdays are numbered 1 (Monday) to 7 (Sunday)');
    if (hours !== undefined) days[Number(key)] = parseHours(hours, `${path}.${key}`);
  }
  return days;
}

function parseExceptions(exceptions: unknown, path: string): Map<number, number[]> {
  const byDay = new Map<number, number[]>();
  if (exceptions === undefined) return byDay;
  if (!Array.isArray(exceptions)) refuse(path, 'Expected a list of { date, intervals }');
  exceptions.forEach((exception: unknown, i) => {
    const fields = isObject(exception) ? exception : {};
    const day = parseDate(fields.date);
    if (day === null) refuse(`${path}.${i}.date`, 'Expected a date YYYY-MM-DD');
    if (byDay.has(day)) refuse(`${path}.${i}.date`, `There are two exceptions on ${String(fields.date)}`);
    byDay.set(day, parseHours(fields.intervals, `${path}.${i}.intervals`));
  });
  return byDay;
}

/** A `Date` → whole minutes, rounded outward so a busy second still blocks its minute. */
export function instantMinutes(value: unknown, roundUp: boolean): number | null {
  if (!(value instanceof Date)) return null;
  const ms = value.getTime();
  if (Number.isNaN(ms)) return null;
  return roundUp ? Math.ceil(ms / MS_PER_MINUTE) : Math.floor(ms / MS_PER_MINUTE);
}

function parseTimeOff(timeOff: unknown, path: string): Intervals {
  if (timeOff === undefined) return mergePairs([]);
  if (!Array.isArray(timeOff)) refuse(path, 'Expected a list of { start, end } instants');
  const flat = timeOff.flatMap((period: unknown, i) => {
    const fields = isObject(period) ? period : {};
    const start = instantMinutes(fields.start, false);
    if (start === null) refuse(`${path}.${i}.start`, 'Expected an instant');
    const end = instantMinutes(fields.end, true);
    if (end === null || end <= start) refuse(`${path}.${i}.end`, 'Expected an instant after the start');
    return [start, end];
  });
  return mergePairs(flat);
}

export function prepareCalendar(calendar: ResourceCalendar, path: string): PreparedCalendar {
  if (!isObject(calendar)) refuse(path, 'Expected a calendar');
  if (typeof calendar.id !== 'string' || calendar.id === '') refuse(`${path}.id`, 'Expected an id');
  return {
    id: calendar.id,
    weekly: parseWeekly(calendar.weekly, `${path}.weekly`),
    exceptions: parseExceptions(calendar.exceptions, `${path}.exceptions`),
    timeOff: parseTimeOff(calendar.timeOff, `${path}.timeOff`),
  };
}

/**
 * The instants a calendar's hours cover on local days `firstDay..lastDay` (cross-midnight hours
 * included), less its time off. `spans` must cover those days with a day to spare.
 */
export function workingIntervals(
  calendar: PreparedCalendar,
  spans: readonly OffsetSpan[],
  firstDay: number,
  lastDay: number,
): Intervals {
  const flat: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const hours = calendar.exceptions.get(day) ?? calendar.weekly[isoWeekday(day)]!;
    const midnight = day * MINUTES_PER_DAY;
    for (let i = 0; i < hours.length; i += 2) {
      flat.push(
        firstInstantReading(spans, midnight + hours[i]!),
        instantClockStaysPast(spans, midnight + hours[i + 1]!),
      );
    }
  }
  return subtract(mergePairs(flat), calendar.timeOff);
}
