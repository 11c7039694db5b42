import { describe, expect, it } from 'vitest';
import {
  firstInstantReading,
  instantClockStaysPast,
  isKnownTimeZone,
  localMinute,
  offsetSpans,
} from './time-zone';

/** Minutes since the epoch ↔ readable strings, for tables written the way a person checks them. */
const minutes = (iso: string) => Date.parse(iso) / 60_000;
const iso = (minute: number) => new Date(minute * 60_000).toISOString().replace(':00.000Z', 'Z');
/** A wall-clock reading as "local minutes": the same arithmetic as UTC, no zone. */
const wall = (local: string) => Date.parse(`${local}:00Z`) / 60_000;

function spansAround(timeZone: string, local: string) {
  const middle = wall(local);
  return offsetSpans(timeZone, middle - 3 * 1440, middle + 3 * 1440);
}

describe('wall clock → instants on DST days', () => {
  // [zone, local reading, where an interval starting there starts, where one ending there ends]
  const cases: [string, string, string, string][] = [
    // London springs forward at 01:00Z: 01:00 GMT → 02:00 BST, so 01:00–01:59 never shows.
    ['Europe/London', '2026-03-29T00:30', '2026-03-29T00:30Z', '2026-03-29T00:30Z'],
    ['Europe/London', '2026-03-29T01:30', '2026-03-29T01:00Z', '2026-03-29T01:00Z'],
    ['Europe/London', '2026-03-29T02:00', '2026-03-29T01:00Z', '2026-03-29T01:00Z'],
    ['Europe/London', '2026-03-29T03:00', '2026-03-29T02:00Z', '2026-03-29T02:00Z'],
    // London falls back at 01:00Z: 02:00 BST → 01:00 GMT, so 01:00–01:59 shows twice.
    ['Europe/London', '2026-10-25T00:30', '2026-10-24T23:30Z', '2026-10-24T23:30Z'],
    // The clock never goes back below 01:00, so an interval ending at 01:00 ends at the first one.
    ['Europe/London', '2026-10-25T01:00', '2026-10-25T00:00Z', '2026-10-25T00:00Z'],
    // It does go back below 01:30: an interval ending at 01:30 ends at the second one.
    ['Europe/London', '2026-10-25T01:30', '2026-10-25T00:30Z', '2026-10-25T01:30Z'],
    ['Europe/London', '2026-10-25T02:00', '2026-10-25T02:00Z', '2026-10-25T02:00Z'],
    ['Europe/London', '2026-10-25T03:00', '2026-10-25T03:00Z', '2026-10-25T03:00Z'],
    // New York springs forward at 07:00Z: 02:00 EST → 03:00 EDT; there is no 02:30.
    ['America/New_York', '2026-03-08T01:30', '2026-03-08T06:30Z', '2026-03-08T06:30Z'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:00Z', '2026-03-08T07:00Z'],
    ['America/New_York', '2026-03-08T03:00', '2026-03-08T07:00Z', '2026-03-08T07:00Z'],
    ['America/New_York', '2026-03-08T04:00', '2026-03-08T08:00Z', '2026-03-08T08:00Z'],
    // New York falls back at 06:00Z: 02:00 EDT → 01:00 EST.
    ['America/New_York', '2026-11-01T00:30', '2026-11-01T04:30Z', '2026-11-01T04:30Z'],
    ['America/New_York', '2026-11-01T01:00', '2026-11-01T05:00Z', '2026-11-01T05:00Z'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30Z', '2026-11-01T06:30Z'],
    ['America/New_York', '2026-11-01T02:00', '2026-11-01T07:00Z', '2026-11-01T07:00Z'],
    // No change: Kathmandu is always +05:45.
    ['Asia/Kathmandu', '2026-06-10T09:15', '2026-06-10T03:30Z', '2026-06-10T03:30Z'],
  ];

  it.each(cases)('%s %s starts at %s and ends at %s', (timeZone, local, start, end) => {
    const spans = spansAround(timeZone, local);
    expect(iso(firstInstantReading(spans, wall(local)))).toBe(start);
    expect(iso(instantClockStaysPast(spans, wall(local)))).toBe(end);
  });

  it('makes a working interval of 01:00–03:00 three real hours on the fall-back day', () => {
    const spans = spansAround('Europe/London', '2026-10-25T02:00');
    const start = firstInstantReading(spans, wall('2026-10-25T01:00'));
    const end = instantClockStaysPast(spans, wall('2026-10-25T03:00'));
    expect(end - start).toBe(180);
  });

  it('makes 01:00–03:00 one real hour on the spring-forward day', () => {
    const spans = spansAround('America/New_York', '2026-03-08T02:00');
    const start = firstInstantReading(spans, wall('2026-03-08T01:00'));
    const end = instantClockStaysPast(spans, wall('2026-03-08T03:00'));
    expect(end - start).toBe(60);
  });
});

describe('offset spans', () => {
  it('finds the minute of each change', () => {
    const spans = offsetSpans('Europe/London', minutes('2026-10-24T00:00Z'), minutes('2026-10-27T00:00Z'));
    expect(spans.map((span) => [iso(span.start), iso(span.end), span.offset])).toEqual([
      ['2026-10-24T00:00Z', '2026-10-25T01:00Z', 60],
      ['2026-10-25T01:00Z', '2026-10-27T00:00Z', 0],
    ]);
  });

  it('handles half-hour changes (Lord Howe Island falls back 02:00 → 01:30)', () => {
    const spans = offsetSpans(
      'Australia/Lord_Howe',
      minutes('2026-04-04T00:00Z'),
      minutes('2026-04-05T00:00Z'),
    );
    expect(spans.map((span) => span.offset)).toEqual([660, 630]);
    expect(iso(spans[0]!.end)).toBe('2026-04-04T15:00Z');
  });

  it('reads the wall clock of an instant', () => {
    const spans = spansAround('America/New_York', '2026-11-01T01:00');
    expect(localMinute(spans, minutes('2026-11-01T05:30Z'))).toBe(wall('2026-11-01T01:30'));
    expect(localMinute(spans, minutes('2026-11-01T06:30Z'))).toBe(wall('2026-11-01T01:30'));
  });
});

describe('isKnownTimeZone', () => {
  it.each([
    ['Europe/London', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    [42, false],
  ])('%s → %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});
