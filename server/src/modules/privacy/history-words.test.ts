import { describe, expect, it } from 'vitest';
import { historyLines, longDay } from './history-words';

describe('historyLines', () => {
  it('prints answers in the words the patient chose, in the questionnaire order', () => {
    const lines = historyLines({
      allergies: ['nickel', 'Latex gloves'],
      active_acne: 'comedonal',
      anticoagulants: true,
      isotretinoin_last_dose: '2025-01-10',
      botulinum_toxin_last_date: null,
      recent_procedures: [{ kind: 'superficial_peel', date: '2026-10-01' }],
    });
    expect(lines).toEqual([
      {
        question: 'Do you have acne in the area at the moment?',
        answer: 'Yes — blackheads and whiteheads only',
      },
      expect.objectContaining({ answer: 'A light chemical peel, 1 October 2026' }),
      expect.objectContaining({ answer: 'Never, or not in the last year' }),
      expect.objectContaining({ answer: 'Yes, the last tablet on 10 January 2025' }),
      { question: 'Do you take blood thinners?', answer: 'Yes' },
      expect.objectContaining({ answer: 'Nickel; Latex gloves' }),
    ]);
  });

  it('leaves out what was not answered and still prints an answer of an unknown shape', () => {
    expect(historyLines({})).toEqual([]);
    expect(historyLines({ allergies: 'nickel' })).toEqual([expect.objectContaining({ answer: '"nickel"' })]);
  });

  it('writes calendar days in full', () => {
    expect(longDay('2026-11-02')).toBe('2 November 2026');
    expect(longDay('soon')).toBe('soon');
  });
});
