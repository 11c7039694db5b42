import { MINUTES_PER_DAY, MS_PER_MINUTE } from './local-time';
import { prepareRequest } from './prepare-request';
import { assignRoles, isOpen, openWindow, type SearchWindow } from './search-window';
import type { AvailabilityRequest, Slot } from './types';

/**
 * Bookable starts for a service, in order. A start is bookable when the whole appointment lies
 * within the opening hours and every role has a resource that works, is not off and is not
 * allocated during each segment that uses the role; the resource then holds the role for the
 * whole appointment (the room of the numbing is the room of the needling), and is free for
 * others during the segments that do not use it (a practitioner needles another patient while
 * this one is numbing). Assignments: see `assignRoles`.
 *
 * Starts lie on the local grid (every `gridMinutes` from local midnight); a grid time the clock
 * shows twice (the fall-back hour) is two starts, one it skips (the spring-forward gap) none.
 * Pure: throws `AvailabilityRequestError` for a request it cannot answer.
 */
export function findSlots(request: AvailabilityRequest): Slot[] {
  const plan = prepareRequest(request);
  const { first, last } = plan;
  const slots: Slot[] = [];
  // Windows of 1, 2, 4 … days: a search whose slots come early reads only the allocations and
  // hours of its first days; one that must dig deep opens few windows (about 7 for a quarter).
  let size = MINUTES_PER_DAY;
  for (let from = first; from < last && slots.length < plan.limit; from += size, size *= 2) {
    searchWindow(openWindow(plan, from, Math.min(last, from + size)), slots);
  }
  return slots;
}

/** The first instant at or after `instant` whose local minute of the day is a multiple of `grid`. */
function nextGridStart(instant: number, offset: number, grid: number): number {
  const minuteOfDay = (((instant + offset) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const next = Math.min(Math.ceil(minuteOfDay / grid) * grid, MINUTES_PER_DAY);
  return instant + next - minuteOfDay;
}

function searchWindow(window: SearchWindow, slots: Slot[]): void {
  const { plan, from, to } = window;
  for (const span of window.spans) {
    if (span.end <= from || span.start >= to) continue;
    const stop = Math.min(span.end, to);
    let start = nextGridStart(Math.max(span.start, from), span.offset, plan.grid);
    for (; start < stop; start = nextGridStart(start + 1, span.offset, plan.grid)) {
      const day = Math.floor((start + span.offset) / MINUTES_PER_DAY);
      if (day < plan.firstDay || day > plan.lastDay) continue;
      if (!isOpen(window, start) || !assignRoles(window, 0, start)) continue;
      slots.push(slotAt(window, start));
      if (slots.length >= plan.limit) return;
    }
  }
}

function slotAt(window: SearchWindow, start: number): Slot {
  const { plan, chosen } = window;
  const at = (minute: number) => new Date(minute * MS_PER_MINUTE);
  const assignment: Record<string, string> = {};
  plan.roles.forEach((role, i) => (assignment[role.key] = plan.resourceIds[chosen[i]!]!));
  return {
    start: at(start),
    end: at(start + plan.minutes),
    assignment,
    segments: plan.segments.map((segment) => ({
      start: at(start + segment.offset),
      end: at(start + segment.offset + segment.minutes),
      resourceIds: segment.roles.map((role) => plan.resourceIds[chosen[role]!]!),
    })),
  };
}
