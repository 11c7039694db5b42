/**
 * The availability core's request and answer. Wall-clock times are local to the location's
 * IANA zone; instants are `Date`s. Everything inside works in whole minutes since the epoch.
 */

/**
 * A resource a service needs for the whole appointment, but only busy during the segments that
 * use it. One resource holds at most one role in an appointment.
 */
export interface ResourceRole {
  /** e.g. `room`, `practitioner`, `pen`; segments name roles by this key. */
  key: string;
  /** Resource ids in order of preference: the first that fits is chosen. */
  candidates: string[];
}

/** One step of a service, e.g. numbing 45 [room], needling 30 [room, practitioner, pen], aftercare 10 [room]. */
export interface Segment {
  minutes: number;
  /** Role keys this step keeps busy. */
  uses: string[];
}

/** `HH:MM` local; end `24:00` allowed; end ≤ start means it crosses midnight into the next day. */
export interface WallInterval {
  start: string;
  end: string;
}

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface ResourceCalendar {
  id: string;
  /** ISO weekday (1 = Monday) → local wall-clock working hours. */
  weekly: Partial<Record<IsoWeekday, WallInterval[]>>;
  /** Replaces that local date's weekly hours (`[]` = closed); may cross midnight. */
  exceptions?: { date: string; intervals: WallInterval[] }[];
  /** Absolute instants, e.g. a practitioner's afternoon off. */
  timeOff?: { start: Date; end: Date }[];
}

export interface BusyAllocation {
  resourceId: string;
  start: Date;
  end: Date;
}

export interface AvailabilityRequest {
  /** The location's IANA zone, e.g. `Europe/London`. */
  timeZone: string;
  /** Local dates `YYYY-MM-DD`, inclusive: a slot's start falls on one of these days. */
  from: string;
  to: string;
  /** Default 15: starts at local :00/:15/:30/:45 (counted from local midnight). */
  gridMinutes?: number;
  /** e.g. now: no slot starts earlier. */
  notBefore?: Date;
  /** The location's hours; the whole appointment must lie within them. */
  openingHours: ResourceCalendar;
  roles: ResourceRole[];
  /** In order, back to back. */
  segments: Segment[];
  /** One per candidate resource (rooms and devices may simply copy the opening hours). */
  calendars: ResourceCalendar[];
  /** Existing allocations, cancelled ones already left out. */
  busy: BusyAllocation[];
  /** Stop after the first N slots. */
  limit?: number;
}

export interface SlotSegment {
  start: Date;
  end: Date;
  /** The resources this segment keeps busy, in the order of the segment's `uses`. */
  resourceIds: string[];
}

export interface Slot {
  start: Date;
  end: Date;
  /** Role key → the resource holding that role for the whole appointment. */
  assignment: Record<string, string>;
  segments: SlotSegment[];
}
