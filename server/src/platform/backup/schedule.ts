/**
 * When scheduled backups run. Slots are instants in UTC: a run belongs to exactly one slot, so
 * two Corium processes (or a restart) never back up the same slot twice.
 */
export type BackupSchedule =
  | { kind: 'daily'; /** minutes after midnight UTC, e.g. 150 for 02:30 */ minuteOfDay: number }
  | { kind: 'interval'; hours: number };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * `off`, `daily` (02:30 UTC, when few clinics are open), `daily HH:MM` (UTC) or `every Nh`
 * (N from 1 to 24, slots counted from midnight UTC). Returns a sentence on a bad value.
 */
export function parseBackupSchedule(text: string): BackupSchedule | 'off' | { problem: string } {
  const value = text.trim().toLowerCase();
  if (value === 'off') return 'off';
  if (value === 'daily') return { kind: 'daily', minuteOfDay: 150 };
  const daily = /^daily\s+([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (daily) return { kind: 'daily', minuteOfDay: Number(daily[1]) * 60 + Number(daily[2]) };
  const every = /^every\s+(\d{1,2})\s*h$/.exec(value);
  if (every && Number(every[1]) >= 1 && Number(every[1]) <= 24)
    return { kind: 'interval', hours: Number(every[1]) };
  return { problem: 'must be "off", "daily", "daily HH:MM" (UTC) or "every Nh" (1 to 24 hours)' };
}

function period(schedule: BackupSchedule): { lengthMs: number; offsetMs: number } {
  return schedule.kind === 'daily'
    ? { lengthMs: DAY_MS, offsetMs: schedule.minuteOfDay * 60_000 }
    : { lengthMs: schedule.hours * HOUR_MS, offsetMs: 0 };
}

/** The latest slot at or before `at`. */
export function slotAtOrBefore(schedule: BackupSchedule, at: Date): Date {
  const { lengthMs, offsetMs } = period(schedule);
  const index = Math.floor((at.getTime() - offsetMs) / lengthMs);
  return new Date(index * lengthMs + offsetMs);
}

/** The first slot strictly after `at`. */
export function slotAfter(schedule: BackupSchedule, at: Date): Date {
  return new Date(slotAtOrBefore(schedule, at).getTime() + period(schedule).lengthMs);
}

/**
 * Which slot to queue when none is queued: the one that has already begun if it has no run yet
 * (a machine switched off at 02:30 every night still gets its daily backup when it starts),
 * otherwise the next one.
 */
export function slotToQueue(schedule: BackupSchedule, now: Date, lastRunSlot: Date | null): Date {
  const current = slotAtOrBefore(schedule, now);
  if (!lastRunSlot || lastRunSlot.getTime() < current.getTime()) return current;
  return slotAfter(schedule, now);
}

export function describeSchedule(schedule: BackupSchedule | null): string {
  if (!schedule) return 'Off';
  if (schedule.kind === 'interval')
    return schedule.hours === 1 ? 'Every hour' : `Every ${schedule.hours} hours`;
  const hh = String(Math.floor(schedule.minuteOfDay / 60)).padStart(2, '0');
  const mm = String(schedule.minuteOfDay % 60).padStart(2, '0');
  return `Daily at ${hh}:${mm} UTC`;
}
