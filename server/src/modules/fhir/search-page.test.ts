import { describe, expect, it } from 'vitest';
import { knownTotal } from './search-page';

describe('knownTotal', () => {
  it('is the rows before and on a page no row follows', () => {
    expect(knownTotal(0, 0, false)).toBe(0);
    expect(knownTotal(0, 7, false)).toBe(7);
    expect(knownTotal(40, 7, false)).toBe(47);
    // A full last page: the extra row read to look ahead did not come.
    expect(knownTotal(20, 20, false)).toBe(40);
  });

  it('is unknown when more rows follow, or past the last match', () => {
    expect(knownTotal(0, 20, true)).toBeUndefined();
    expect(knownTotal(60, 0, false)).toBeUndefined();
  });
});
