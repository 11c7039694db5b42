import { describe, expect, it } from 'vitest';
import { countText, erasureRulesByOutcome, fileSize } from './privacy-words';

describe('privacy words', () => {
  it('splits the retention rules into what goes and what stays', () => {
    expect(erasureRulesByOutcome.kept.map((r) => r.outcome)).toEqual(['kept', 'kept', 'kept', 'kept']);
    expect(new Set(erasureRulesByOutcome.removed.map((r) => r.outcome))).toEqual(
      new Set(['deleted', 'withdrawn']),
    );
    expect(erasureRulesByOutcome.removed.length + erasureRulesByOutcome.kept.length).toBe(12);
  });

  it('writes sizes for people', () => {
    expect(fileSize(200)).toBe('1 kB');
    expect(fileSize(84_500)).toBe('85 kB');
    expect(fileSize(2_340_000)).toBe('2.3 MB');
  });

  it('shows a dash for what is kept', () => {
    expect(countText({ category: 'consents', label: '', outcome: 'kept', count: null, why: '' })).toBe('—');
    expect(countText({ category: 'waitlist', label: '', outcome: 'deleted', count: 2, why: '' })).toBe('2');
  });
});
