import { instantMinutes, prepareCalendar, type PreparedCalendar } from './prepare-calendar';
import { MINUTES_PER_DAY, parseDate } from './local-time';
import { refuse } from './request-error';
import { instantsOfDays, isKnownTimeZone } from './time-zone';
import { indexBusy, type BusyIndex } from './busy-index';
import type { AvailabilityRequest, ResourceRole, Segment } from './types';

/** A year and a day: enough for any booking screen, small enough to answer quickly. */
export const MAX_RANGE_DAYS = 366;
/** One appointment fits in a day; longer would be a course, booked visit by visit. */
export const MAX_APPOINTMENT_MINUTES = MINUTES_PER_DAY;

export interface PreparedRole {
  key: string;
  /** Resource indexes, in order of preference. */
  candidates: number[];
  /** Flat `[from, to]` minutes after the start during which the role is busy; back-to-back segments joined. */
  busyDuring: number[];
}

export interface PreparedSegment {
  offset: number;
  minutes: number;
  /** Role indexes, in the order of the segment's `uses`. */
  roles: number[];
}

/** The request checked and turned into numbers: minutes, day numbers and resource indexes. */
export interface Plan {
  timeZone: string;
  firstDay: number;
  lastDay: number;
  grid: number;
  limit: number;
  minutes: number;
  opening: PreparedCalendar;
  roles: PreparedRole[];
  segments: PreparedSegment[];
  resourceIds: string[];
  resourceIndex: Map<string, number>;
  /** By resource index. */
  calendars: PreparedCalendar[];
  /** Instants `[first, last)` in which starts are looked for: the range's days, from `notBefore` on. */
  first: number;
  last: number;
  busy: BusyIndex;
}

function positiveInteger(value: unknown, path: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    refuse(path, `Expected a whole number from 1 to ${max}`);
  }
  return value;
}

function dateRange(request: AvailabilityRequest) {
  const firstDay = parseDate(request.from);
  if (firstDay === null) refuse('from', 'Expected a date YYYY-MM-DD');
  const lastDay = parseDate(request.to);
  if (lastDay === null) refuse('to', 'Expected a date YYYY-MM-DD');
  if (lastDay < firstDay) refuse('to', 'The range ends before it starts');
  if (lastDay - firstDay + 1 > MAX_RANGE_DAYS) refuse('to', `The range is at most ${MAX_RANGE_DAYS} days`);
  return { firstDay, lastDay };
}

function prepareSegments(segments: Segment[], roles: ResourceRole[]): PreparedSegment[] {
  if (!Array.isArray(segments) || segments.length === 0) {
    refuse('segments', 'A service has at least one segment');
  }
  const roleIndex = new Map(roles.map((role, i) => [role.key, i]));
  let offset = 0;
  const prepared = segments.map((segment, i) => {
    const minutes = positiveInteger(segment?.minutes, `segments.${i}.minutes`, MAX_APPOINTMENT_MINUTES);
    if (!Array.isArray(segment.uses)) refuse(`segments.${i}.uses`, 'Expected a list of role keys');
    const used = segment.uses.map((key, j) => {
      const index = roleIndex.get(key);
      if (index === undefined) refuse(`segments.${i}.uses.${j}`, `There is no role ${String(key)}`);
      return index;
    });
    if (new Set(used).size !== used.length) refuse(`segments.${i}.uses`, 'A segment names a role once');
    const result = { offset, minutes, roles: used };
    offset += minutes;
    return result;
  });
  if (offset > MAX_APPOINTMENT_MINUTES) refuse('segments', 'An appointment lasts at most 24 hours');
  return prepared;
}

/** `[0, 45, 45, 75, 75, 85]` for the room of numbing + needling + aftercare → `[0, 85]`. */
function busyDuring(segments: PreparedSegment[], role: number): number[] {
  const flat: number[] = [];
  for (const segment of segments) {
    if (!segment.roles.includes(role)) continue;
    const end = segment.offset + segment.minutes;
    if (flat.length && flat[flat.length - 1] === segment.offset) flat[flat.length - 1] = end;
    else flat.push(segment.offset, end);
  }
  return flat;
}

function prepareResources(request: AvailabilityRequest) {
  if (!Array.isArray(request.calendars)) refuse('calendars', 'Expected a list of calendars');
  const byId = new Map<string, { calendar: PreparedCalendar; index: number }>();
  request.calendars.forEach((calendar, i) => {
    const prepared = prepareCalendar(calendar, `calendars.${i}`);
    if (byId.has(prepared.id)) refuse(`calendars.${i}.id`, `Resource ${prepared.id} has two calendars`);
    byId.set(prepared.id, { calendar: prepared, index: i });
  });
  if (!Array.isArray(request.roles) || request.roles.length === 0) {
    refuse('roles', 'Expected a list of roles');
  }
  const resourceIndex = new Map<string, number>();
  const calendars: PreparedCalendar[] = [];
  const keys = new Set<string>();
  const candidates = request.roles.map((role, i) => {
    if (typeof role?.key !== 'string' || role.key === '') refuse(`roles.${i}.key`, 'Expected a key');
    if (keys.has(role.key)) refuse(`roles.${i}.key`, `Two roles are called ${role.key}`);
    keys.add(role.key);
    if (!Array.isArray(role.candidates) || role.candidates.length === 0) {
      refuse(`roles.${i}.candidates`, 'A role needs at least one candidate resource');
    }
    return role.candidates.map((id, j) => {
      const known = typeof id === 'string' ? byId.get(id) : undefined;
      if (!known) refuse(`roles.${i}.candidates.${j}`, `There is no calendar for resource ${String(id)}`);
      let index = resourceIndex.get(id);
      if (index === undefined) {
        index = calendars.push(known.calendar) - 1;
        resourceIndex.set(id, index);
      }
      return index;
    });
  });
  return { resourceIndex, calendars, candidates };
}

function earliestStart(notBefore: unknown): number {
  if (notBefore === undefined) return -Infinity;
  const minute = instantMinutes(notBefore, true);
  if (minute === null) refuse('notBefore', 'Expected an instant');
  return minute;
}

export function prepareRequest(request: AvailabilityRequest): Plan {
  const { timeZone } = request;
  if (!isKnownTimeZone(timeZone)) refuse('timeZone', 'Expected an IANA time zone, e.g. Europe/London');
  const { firstDay, lastDay } = dateRange(request);
  const grid =
    request.gridMinutes === undefined ? 15 : positiveInteger(request.gridMinutes, 'gridMinutes', 1440);
  const limit = request.limit === undefined ? Infinity : positiveInteger(request.limit, 'limit', 100_000);
  const { resourceIndex, calendars, candidates } = prepareResources(request);
  const segments = prepareSegments(request.segments, request.roles);
  const roles = request.roles.map((role, i) => ({
    key: role.key,
    candidates: candidates[i]!,
    busyDuring: busyDuring(segments, i),
  }));
  const lastSegment = segments[segments.length - 1]!;
  const minutes = lastSegment.offset + lastSegment.minutes;
  const days = instantsOfDays(timeZone, firstDay, lastDay);
  const first = Math.max(days.first, earliestStart(request.notBefore));
  const last = days.last;
  const opening = prepareCalendar(request.openingHours, 'openingHours');
  const resourceIds = [...resourceIndex.keys()];
  const busy = indexBusy(request.busy, first, last + minutes);
  return {
    timeZone,
    firstDay,
    lastDay,
    grid,
    limit,
    minutes,
    first,
    last,
    opening,
    roles,
    segments,
    resourceIds,
    resourceIndex,
    calendars,
    busy,
  };
}
