import type { LocalizedText } from '@corium/contracts';

/**
 * The English text changed: the translations no longer say the same thing, so they are dropped
 * and the patient reads the English until someone translates it again. Unchanged text keeps them.
 */
export function withEnglish(text: LocalizedText, en: string): LocalizedText {
  const trimmed = en.trim();
  return trimmed === text.en ? text : { en: trimmed };
}

/** A list edited as one line per item; a line whose English is unchanged keeps its translations. */
export function linesToTexts(previous: readonly LocalizedText[], lines: string): LocalizedText[] {
  const byEnglish = new Map(previous.map((text) => [text.en, text]));
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => byEnglish.get(line) ?? { en: line });
}

export const textsToLines = (texts: readonly LocalizedText[]): string =>
  texts.map((text) => text.en).join('\n');

export type DaysParse = { ok: true; days: number[] } | { ok: false; message: string };

/** "1, 2, 3, 5, 7, 14" → [1, 2, 3, 5, 7, 14]: sorted, each once, days 1–42. */
export function parseCheckInDays(text: string): DaysParse {
  const parts = text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, message: 'Give at least one day' };
  const days = parts.map(Number);
  if (days.some((day) => !Number.isInteger(day) || day < 1 || day > 42)) {
    return { ok: false, message: 'Use whole days from 1 to 42, separated by commas' };
  }
  const unique = [...new Set(days)].sort((a, b) => a - b);
  if (unique.length > 14) return { ok: false, message: 'At most 14 check-ins' };
  return { ok: true, days: unique };
}
