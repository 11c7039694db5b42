import { describe, expect, it } from 'vitest';
import {
  describeSchedule,
  parseBackupSchedule,
  slotAfter,
  slotAtOrBefore,
  slotToQueue,
  type BackupSchedule,
} from './schedule';

const daily: BackupSchedule = { kind: 'daily', minuteOfDay: 150 };
const at = (iso: string) => new Date(iso);

describe('parseBackupSchedule', () => {
  it('reads off, daily, a daily time and an interval', () => {
    expect(parseBackupSchedule('off')).toBe('off');
    expect(parseBackupSchedule('daily')).toEqual(daily);
    expect(parseBackupSchedule('Daily 23:05')).toEqual({ kind: 'daily', minuteOfDay: 23 * 60 + 5 });
    expect(parseBackupSchedule('every 6h')).toEqual({ kind: 'interval', hours: 6 });
  });

  it('explains what it could not read', () => {
    for (const bad of ['nightly', 'daily 24:00', 'daily 2:30', 'every 0h', 'every 25h', 'every 6'])
      expect(parseBackupSchedule(bad)).toMatchObject({ problem: expect.stringContaining('daily HH:MM') });
  });
});

describe('slots', () => {
  it('puts a daily slot at its time of day in UTC', () => {
    expect(slotAtOrBefore(daily, at('2026-11-26T02:29:59Z'))).toEqual(at('2026-11-25T02:30:00Z'));
    expect(slotAtOrBefore(daily, at('2026-11-26T02:30:00Z'))).toEqual(at('2026-11-26T02:30:00Z'));
    expect(slotAfter(daily, at('2026-11-26T02:30:00Z'))).toEqual(at('2026-11-27T02:30:00Z'));
  });

  it('counts interval slots from midnight UTC', () => {
    const every6h: BackupSchedule = { kind: 'interval', hours: 6 };
    expect(slotAtOrBefore(every6h, at('2026-11-26T13:10:00Z'))).toEqual(at('2026-11-26T12:00:00Z'));
    expect(slotAfter(every6h, at('2026-11-26T13:10:00Z'))).toEqual(at('2026-11-26T18:00:00Z'));
  });

  it('catches up on a slot missed while the machine was off, but never runs a slot twice', () => {
    const now = at('2026-11-26T08:00:00Z');
    expect(slotToQueue(daily, now, null)).toEqual(at('2026-11-26T02:30:00Z'));
    expect(slotToQueue(daily, now, at('2026-11-20T02:30:00Z'))).toEqual(at('2026-11-26T02:30:00Z'));
    expect(slotToQueue(daily, now, at('2026-11-26T02:30:00Z'))).toEqual(at('2026-11-27T02:30:00Z'));
  });

  it('describes a schedule in words', () => {
    expect(describeSchedule(daily)).toBe('Daily at 02:30 UTC');
    expect(describeSchedule({ kind: 'interval', hours: 1 })).toBe('Every hour');
    expect(describeSchedule(null)).toBe('Off');
  });
});
