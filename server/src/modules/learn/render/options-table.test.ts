import { describe, expect, it } from 'vitest';
import { optionRows, optionsQuery, sortHref } from './options-table';

describe('options table query', () => {
  it('shows every concern until the visitor picks some, and drops unknown ones', () => {
    expect(optionsQuery({}).concerns).toHaveLength(10);
    expect(optionsQuery({}).picked).toEqual([]);
    const query = optionsQuery({ concern: ['sunspots', 'freckles', 'acne_scars'] });
    expect(query.concerns).toEqual(['acne_scars', 'sunspots']);
    expect(optionsQuery({ concern: 'melasma' }).concerns).toEqual(['melasma']);
  });

  it('accepts only sort keys it knows, for the concerns shown', () => {
    expect(optionsQuery({ sort: 'cost', order: 'descending' })).toMatchObject({
      sort: 'cost',
      order: 'descending',
    });
    expect(optionsQuery({ sort: 'grade:melasma', concern: 'acne_scars' }).sort).toBe('option');
    expect(optionsQuery({ sort: 'price', order: 'sideways' })).toMatchObject({
      sort: 'option',
      order: 'ascending',
    });
  });

  it('sorts by cost, downtime or grade, best evidence first when asked', () => {
    const ids = (raw: Parameters<typeof optionsQuery>[0]) => optionRows(optionsQuery(raw)).map((o) => o.id);
    expect(ids({ sort: 'cost' })[0]).toBe('sunscreen');
    expect(ids({ sort: 'downtime', order: 'descending' })[0]).toBe('ablative-laser');
    const byScars = ids({ concern: 'acne_scars', sort: 'grade:acne_scars', order: 'descending' });
    expect(byScars.slice(0, 4)).toEqual([
      'microneedling',
      'rf-microneedling',
      'non-ablative-laser',
      'ablative-laser',
    ]);
    expect(byScars.at(-1)).toBe('sunscreen');
  });

  it('hides options without evidence for any picked concern', () => {
    const ids = optionRows(optionsQuery({ concern: 'sunspots', evidence: 'only' })).map((o) => o.id);
    expect(ids).not.toContain('microneedling');
    expect(ids).toContain('retinoids');
  });

  it('links a column heading to its sort, and a second click reverses it', () => {
    const query = optionsQuery({ concern: ['acne_scars'] });
    expect(sortHref(query, 'cost')).toBe('/learn/options?concern=acne_scars&sort=cost&order=ascending');
    expect(sortHref(query, 'grade:acne_scars')).toContain('order=descending');
    const sorted = optionsQuery({ concern: ['acne_scars'], sort: 'cost', order: 'ascending' });
    expect(sortHref(sorted, 'cost')).toContain('order=descending');
  });
});
