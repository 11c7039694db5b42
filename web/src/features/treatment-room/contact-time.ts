import type { AnaestheticWarning } from '@corium/contracts';

/** Longest advised contact of a topical anaesthetic: 30–60 min (clinical-reference.md §2.5). */
export const CONTACT_LIMIT_MINUTES = 60;

interface OnSkin {
  appliedAt: string;
  removedAt: string | null;
  warnings: readonly AnaestheticWarning[];
}

/** Whole minutes on the skin: until removal, or until `now` while it is still on. */
export function contactMinutes(anaesthetic: OnSkin, now: Date): number {
  const end = anaesthetic.removedAt ? Date.parse(anaesthetic.removedAt) : now.getTime();
  return Math.max(0, Math.floor((end - Date.parse(anaesthetic.appliedAt)) / 60_000));
}

/**
 * The server's warnings, plus the contact warning as soon as the live timer passes the limit:
 * the server only knows the time when it was last asked, the room needs to know now.
 */
export function currentWarnings(anaesthetic: OnSkin, now: Date): AnaestheticWarning[] {
  const warnings = [...anaesthetic.warnings];
  const minutes = contactMinutes(anaesthetic, now);
  const known = warnings.some((w) => w.code === 'contact_over_60_min');
  if (!known && minutes > CONTACT_LIMIT_MINUTES) {
    warnings.push({
      code: 'contact_over_60_min',
      message: `On the skin for ${minutes} minutes, more than ${CONTACT_LIMIT_MINUTES}. Remove it now.`,
    });
  }
  return warnings;
}

/** "42 min" or "1 h 05 min". */
export function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
