import { workingIntervals } from './prepare-calendar';
import { covers, overlaps, unionOf, type Intervals } from './intervals';
import { MINUTES_PER_DAY } from './local-time';
import { allocationsNear } from './busy-index';
import type { Plan } from './prepare-request';
import { localMinute, offsetSpans, type OffsetSpan } from './time-zone';

/**
 * Everything needed to test starts in `[from, to)`: the zone's offsets, each resource's working
 * instants and allocations near the window — built when a resource is first asked about, so a
 * search that finds its slots on the first morning never converts the rest of the quarter.
 */
export interface SearchWindow {
  plan: Plan;
  from: number;
  to: number;
  spans: OffsetSpan[];
  /** Local days whose hours can reach into the window (a day either side for cross-midnight hours). */
  firstDay: number;
  lastDay: number;
  open: Intervals;
  /** By resource index: allocations reaching into the window, not yet merged. */
  busyNear: { starts: number[][]; ends: number[][] };
  working: (Intervals | undefined)[];
  busy: (Intervals | undefined)[];
  /** By role index: the resource chosen so far for the start being tested. */
  chosen: Int32Array;
}

/** Two days either side: more than any UTC offset (±14 h) plus a cross-midnight interval. */
const MARGIN_MINUTES = 2 * MINUTES_PER_DAY;

export function openWindow(plan: Plan, from: number, to: number): SearchWindow {
  // Appointments starting just before `to` run on for `plan.minutes`.
  const reach = to + plan.minutes;
  const spans = offsetSpans(plan.timeZone, from - MARGIN_MINUTES, reach + MARGIN_MINUTES);
  const firstDay = Math.floor(localMinute(spans, from) / MINUTES_PER_DAY) - 2;
  const lastDay = Math.floor(localMinute(spans, reach) / MINUTES_PER_DAY) + 1;
  return {
    plan,
    from,
    to,
    spans,
    firstDay,
    lastDay,
    open: workingIntervals(plan.opening, spans, firstDay, lastDay),
    busyNear: allocationsNear(plan.busy, plan.resourceIndex, from, reach),
    working: [],
    busy: [],
    chosen: new Int32Array(plan.roles.length),
  };
}

/** Whether `resource` works, is not off and is not allocated during each `[from, to)` of `during` after `start`. */
function fits(window: SearchWindow, resource: number, during: number[], start: number): boolean {
  const working = (window.working[resource] ??= workingIntervals(
    window.plan.calendars[resource]!,
    window.spans,
    window.firstDay,
    window.lastDay,
  ));
  const busy = (window.busy[resource] ??= unionOf(
    window.busyNear.starts[resource]!,
    window.busyNear.ends[resource]!,
  ));
  for (let i = 0; i < during.length; i += 2) {
    const from = start + during[i]!;
    const to = start + during[i + 1]!;
    if (!covers(working, from, to) || overlaps(busy, from, to)) return false;
  }
  return true;
}

/**
 * Fills roles `role…` for an appointment at `start`, in the request's role order, each with its
 * first candidate (in the given order) that fits and holds no earlier role. If a later role
 * cannot be filled, earlier roles move on to their next candidate, so an early choice never
 * hides a slot. Result: the first fitting assignment in (role order, candidate order).
 */
export function assignRoles(window: SearchWindow, role: number, start: number): boolean {
  const roles = window.plan.roles;
  if (role === roles.length) return true;
  const { candidates, busyDuring } = roles[role]!;
  for (const resource of candidates) {
    if (heldByEarlierRole(window.chosen, role, resource)) continue;
    if (!fits(window, resource, busyDuring, start)) continue;
    window.chosen[role] = resource;
    if (assignRoles(window, role + 1, start)) return true;
  }
  return false;
}

function heldByEarlierRole(chosen: Int32Array, role: number, resource: number): boolean {
  for (let i = 0; i < role; i++) if (chosen[i] === resource) return true;
  return false;
}

export function isOpen(window: SearchWindow, start: number): boolean {
  return covers(window.open, start, start + window.plan.minutes);
}
