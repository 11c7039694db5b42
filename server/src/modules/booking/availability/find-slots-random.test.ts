import { describe, expect, it } from 'vitest';
import { findSlots } from './find-slots';
import { naiveSlots } from './naive-slots.fixtures';
import type { AvailabilityRequest, ResourceCalendar, WallInterval } from './types';

/**
 * Property: on random small clinics the core and the minute-by-minute reference give the same
 * slots — starts, ends, assignments and segments. Seeded, so a failure names a case that can be
 * replayed; the dates sit on DST changes in zones with whole-hour, half-hour and no changes.
 */

/** mulberry32: a tiny seeded generator, so every run draws the same clinics. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

/** Zone and a day on (or next to) one of its changes. */
const places = [
  { timeZone: 'Europe/London', day: '2026-03-29' },
  { timeZone: 'Europe/London', day: '2026-10-25' },
  { timeZone: 'America/New_York', day: '2026-03-08' },
  { timeZone: 'America/New_York', day: '2026-11-01' },
  { timeZone: 'Australia/Lord_Howe', day: '2026-04-05' }, // falls back half an hour, 02:00 → 01:30
  { timeZone: 'Asia/Kathmandu', day: '2026-06-10' }, // +05:45, no changes
  { timeZone: 'UTC', day: '2026-02-28' },
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const clockAt = (minute: number) =>
  minute === 1440 ? '24:00' : `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Hours on a 5-minute (sometimes 1-minute) grid, often starting or ending in the small hours where clocks change. */
function randomHours(r: Random): WallInterval[] {
  const minute = () => {
    const step = r.chance(0.2) ? 1 : 5;
    return r.chance(0.5) ? r.int(0, 240 / step) * step : r.int(0, 287) * 5;
  };
  return Array.from({ length: r.chance(0.1) ? 0 : r.int(1, 2) }, () => {
    const start = minute();
    const end = r.chance(0.15) ? 1440 : r.chance(0.5) ? minute() : (start + r.int(6, 144) * 5 * 2) % 1440;
    return { start: clockAt(start), end: clockAt(end) };
  });
}

function randomCalendar(r: Random, id: string, day: string): ResourceCalendar {
  const weekly: ResourceCalendar['weekly'] = {};
  for (const weekday of [1, 2, 3, 4, 5, 6, 7] as const) if (r.chance(0.85)) weekly[weekday] = randomHours(r);
  const exceptions = r.chance(0.3) ? [{ date: addDays(day, r.int(-1, 1)), intervals: randomHours(r) }] : [];
  const instant = () =>
    new Date(Date.parse(`${day}T00:00:00Z`) + r.int(-20, 50) * 3_600_000 + r.int(0, 3599) * 1000);
  const timeOff = Array.from({ length: r.int(0, 1) }, () => {
    const start = instant();
    return { start, end: new Date(start.getTime() + r.int(1, 300) * 60_000) };
  });
  return { id, weekly, exceptions, timeOff };
}

function randomClinic(seed: number): AvailabilityRequest {
  const r = random(seed);
  const place = r.pick(places);
  const from = addDays(place.day, r.int(-1, 0));
  const pool = ['a', 'b', 'c', 'd', 'e'];
  const roles = ['room', 'practitioner', 'pen'].slice(0, r.int(1, 3)).map((key) => ({
    key,
    // Overlapping candidate lists make the one-role-per-resource rule and backtracking matter.
    candidates: pool
      .filter(() => r.chance(0.5))
      .concat(r.pick(pool))
      .filter((id, i, all) => all.indexOf(id) === i),
  }));
  const segments = Array.from({ length: r.int(1, 3) }, () => ({
    minutes: r.int(1, 18) * 5,
    uses: roles.filter(() => r.chance(0.6)).map((role) => role.key),
  }));
  const calendars = pool.map((id) => randomCalendar(r, id, place.day));
  const start = Date.parse(`${place.day}T00:00:00Z`);
  const busy = Array.from({ length: r.int(0, 12) }, () => {
    // Mostly on the 5-minute grid, so allocations touch slots exactly; sometimes off by seconds.
    const at = start + r.int(-24 * 12, 48 * 12) * 300_000 + (r.chance(0.2) ? r.int(1, 299) * 1000 : 0);
    return { resourceId: r.pick(pool), start: new Date(at), end: new Date(at + r.int(1, 36) * 300_000) };
  });
  return {
    timeZone: place.timeZone,
    from,
    to: addDays(from, r.int(0, 2)),
    gridMinutes: r.pick([5, 10, 15, 20, 30, 45, 60, 90]),
    ...(r.chance(0.3) && { notBefore: new Date(start + r.int(-12, 30) * 3_600_000 + r.int(0, 59_999)) }),
    ...(r.chance(0.3) && { limit: r.int(1, 30) }),
    openingHours: r.chance(0.3)
      ? {
          id: 'site',
          weekly: Object.fromEntries(
            [1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ start: '00:00', end: '24:00' }]]),
          ),
        }
      : randomCalendar(r, 'site', place.day),
    roles,
    segments,
    calendars,
    busy,
  };
}

describe('findSlots agrees with the minute-by-minute reference', () => {
  const seeds = Array.from({ length: 250 }, (_, i) => i + 1);
  it.each(seeds)('random clinic %i', (seed) => {
    const request = randomClinic(seed);
    expect(findSlots(request)).toEqual(naiveSlots(request));
  });

  it('agrees on a crowded room: 600 short allocations in random order over four days', () => {
    const r = random(300);
    const request = randomClinic(7);
    request.roles = [{ key: 'room', candidates: ['a'] }];
    request.segments = [{ minutes: 5, uses: ['room'] }];
    request.gridMinutes = 5;
    request.calendars = [
      {
        id: 'a',
        weekly: {
          1: [{ start: '00:00', end: '24:00' }],
          2: [{ start: '00:00', end: '24:00' }],
          3: [{ start: '00:00', end: '24:00' }],
          4: [{ start: '00:00', end: '24:00' }],
          5: [{ start: '00:00', end: '24:00' }],
          6: [{ start: '00:00', end: '24:00' }],
          7: [{ start: '00:00', end: '24:00' }],
        },
      },
    ];
    const start = Date.parse(`${request.from}T00:00:00Z`);
    request.busy = Array.from({ length: 600 }, () => {
      const at = start + r.int(-600, 4 * 1440) * 60_000 + r.int(0, 59) * 1000;
      return { resourceId: 'a', start: new Date(at), end: new Date(at + r.int(1, 6) * 60_000) };
    });
    delete request.limit;
    const slots = findSlots(request);
    expect(slots.length).toBeGreaterThan(20);
    expect(slots).toEqual(naiveSlots(request));
  });

  it('finds slots in most random clinics, so the agreement is not about empty lists', () => {
    const found = seeds.filter((seed) => findSlots(randomClinic(seed)).length > 0);
    expect(found.length).toBeGreaterThan(seeds.length / 2);
  });
});
