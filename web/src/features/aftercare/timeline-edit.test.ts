import { describe, expect, it } from 'vitest';
import { linesToTexts, parseCheckInDays, textsToLines, withEnglish } from './timeline-edit';

const sunscreen = { en: 'Use mineral sunscreen', fr: 'Utilisez un écran minéral' };
const moisturise = { en: 'Moisturise often', fr: 'Hydratez souvent' };

describe('editing the timeline in English', () => {
  it('keeps the translations of text whose English did not change', () => {
    expect(withEnglish(sunscreen, '  Use mineral sunscreen ')).toBe(sunscreen);
  });

  it('drops the translations of changed text, so no patient reads an outdated one', () => {
    expect(withEnglish(sunscreen, 'Use mineral sunscreen SPF 30+')).toEqual({
      en: 'Use mineral sunscreen SPF 30+',
    });
  });

  it('edits a list one line per item, keeping the translations of lines left alone', () => {
    const lines = `${textsToLines([sunscreen, moisturise])}\n\nKeep hands off\n`;
    expect(
      linesToTexts([sunscreen, moisturise], lines.replace('Moisturise often', 'Moisturise twice a day')),
    ).toEqual([sunscreen, { en: 'Moisturise twice a day' }, { en: 'Keep hands off' }]);
  });
});

describe('check-in days', () => {
  it('reads days separated by commas or spaces, sorted and each once', () => {
    expect(parseCheckInDays('14, 1 2,3, 5 7 3')).toEqual({ ok: true, days: [1, 2, 3, 5, 7, 14] });
  });

  it.each([
    ['', 'Give at least one day'],
    ['0, 3', 'Use whole days from 1 to 42, separated by commas'],
    ['2.5', 'Use whole days from 1 to 42, separated by commas'],
    ['43', 'Use whole days from 1 to 42, separated by commas'],
    ['day 3', 'Use whole days from 1 to 42, separated by commas'],
    [Array.from({ length: 15 }, (_, i) => i + 1).join(','), 'At most 14 check-ins'],
  ])('refuses %j', (text, message) => {
    expect(parseCheckInDays(text)).toEqual({ ok: false, message });
  });
});
