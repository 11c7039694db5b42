import type { ServiceSegment } from '@corium/contracts';

/** One segment of a visit placed in time. */
export interface PlacedSegment {
  name: string;
  start: Date;
  end: Date;
  uses: string[];
}

/** A resource held by a visit for one unbroken stretch. */
export interface Hold {
  role: string;
  resourceId: string;
  start: Date;
  end: Date;
}

const MINUTE = 60_000;

/**
 * The visit's segments end to end from `start`: numbing 45 → needling 30 → aftercare 10 from
 * 09:00 gives 09:00–09:45, 09:45–10:15, 10:15–10:25. Real minutes: a visit across a clock
 * change still lasts 85 minutes.
 */
export function placeSegments(start: Date, segments: readonly ServiceSegment[]): PlacedSegment[] {
  let at = start.getTime();
  return segments.map((segment) => {
    const placed = {
      name: segment.name,
      start: new Date(at),
      end: new Date(at + segment.minutes * MINUTE),
      uses: segment.uses,
    };
    at = placed.end.getTime();
    return placed;
  });
}

/**
 * What each assigned resource holds: one stretch per run of adjacent segments that use its
 * role. The room of a microneedling visit is held 09:00–10:25 in one piece; the practitioner
 * and the pen only 09:45–10:15, so the practitioner can needle another patient during this
 * one's numbing.
 */
export function holdsOf(placed: readonly PlacedSegment[], assignment: Record<string, string>): Hold[] {
  const holds: Hold[] = [];
  for (const [role, resourceId] of Object.entries(assignment)) {
    let current: Hold | null = null;
    for (const segment of placed) {
      if (!segment.uses.includes(role)) {
        current = null;
        continue;
      }
      if (current && current.end.getTime() === segment.start.getTime()) current.end = segment.end;
      else {
        current = { role, resourceId, start: segment.start, end: segment.end };
        holds.push(current);
      }
    }
  }
  // One order for every booking: holds are inserted, and their resources locked (see
  // appointments.repo.ts insertHolds), in resource order.
  return holds.sort(
    (a, b) => a.resourceId.localeCompare(b.resourceId) || a.start.getTime() - b.start.getTime(),
  );
}
