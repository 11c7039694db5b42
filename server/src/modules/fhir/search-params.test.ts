import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import {
  parseDateValue,
  parseSearch,
  parseSort,
  parseTotal,
  prefersLenient,
  sortText,
  type SearchParamDefinition,
} from './search-params';

const params: SearchParamDefinition[] = [
  { name: 'name', type: 'string', documentation: '' },
  { name: 'birthdate', type: 'date', documentation: '' },
  { name: 'identifier', type: 'token', documentation: '' },
  { name: 'patient', type: 'reference', documentation: '' },
];

const refused = (run: () => unknown): AppError => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected a refusal');
};

describe('parseDateValue', () => {
  it('reads the precision as a half-open range', () => {
    expect(parseDateValue('birthdate', '1990')).toEqual({
      kind: 'date',
      prefix: 'eq',
      from: new Date('1990-01-01T00:00:00Z'),
      until: new Date('1991-01-01T00:00:00Z'),
    });
    expect(parseDateValue('birthdate', 'ge1990-12')).toMatchObject({
      prefix: 'ge',
      from: new Date('1990-12-01T00:00:00Z'),
      until: new Date('1991-01-01T00:00:00Z'),
    });
    expect(parseDateValue('birthdate', 'lt2024-02-29')).toMatchObject({
      prefix: 'lt',
      from: new Date('2024-02-29T00:00:00Z'),
      until: new Date('2024-03-01T00:00:00Z'),
    });
  });

  it('reads dateTimes with and without a zone (UTC)', () => {
    expect(parseDateValue('date', 'gt2026-12-02T10:00:00+01:00')).toMatchObject({
      prefix: 'gt',
      from: new Date('2026-12-02T09:00:00Z'),
    });
    expect(parseDateValue('date', '2026-12-02T10:00')).toMatchObject({
      from: new Date('2026-12-02T10:00:00Z'),
    });
  });

  it('refuses what is not a FHIR date', () => {
    for (const bad of ['19-90', '1990-13', '1990-01-32', 'xx1990', 'yesterday'])
      expect(refused(() => parseDateValue('birthdate', bad)).code).toBe('BAD_REQUEST');
  });
});

describe('parseSearch', () => {
  it('ANDs repeated parameters and ORs comma-separated values', () => {
    const { criteria } = parseSearch({ birthdate: ['ge1990', 'lt2000'], name: 'ana,bea' }, params, false);
    expect(criteria.get('birthdate')).toHaveLength(2);
    expect(criteria.get('name')).toEqual([
      [
        { kind: 'string', value: 'ana', match: 'starts' },
        { kind: 'string', value: 'bea', match: 'starts' },
      ],
    ]);
  });

  it('reads modifiers, tokens with systems and references', () => {
    const { criteria } = parseSearch(
      { 'name:exact': 'Ana', identifier: 'urn:ietf:rfc:3986|urn:uuid:x', patient: 'Patient/abc' },
      params,
      false,
    );
    expect(criteria.get('name')).toEqual([[{ kind: 'string', value: 'Ana', match: 'exact' }]]);
    expect(criteria.get('identifier')).toEqual([
      [{ kind: 'token', system: 'urn:ietf:rfc:3986', code: 'urn:uuid:x' }],
    ]);
    expect(criteria.get('patient')).toEqual([[{ kind: 'reference', id: 'abc' }]]);
  });

  it('pages with _count capped at 100 and _offset', () => {
    expect(parseSearch({}, params, false)).toMatchObject({ count: 20, offset: 0 });
    expect(parseSearch({ _count: '500', _offset: '40' }, params, false)).toMatchObject({
      count: 100,
      offset: 40,
    });
    expect(refused(() => parseSearch({ _count: '-1' }, params, false)).code).toBe('BAD_REQUEST');
  });

  it('refuses unknown parameters and modifiers unless lenient', () => {
    const unknown = refused(() => parseSearch({ shoeSize: '42' }, params, false));
    expect(unknown.details).toEqual([{ path: 'querystring.shoeSize', message: expect.any(String) }]);
    expect(refused(() => parseSearch({ 'birthdate:exact': '1990' }, params, false)).code).toBe('BAD_REQUEST');
    expect(refused(() => parseSearch({ name: '' }, params, false)).code).toBe('BAD_REQUEST');
    const lenient = parseSearch({ shoeSize: '42', name: 'ana' }, params, true);
    expect(lenient.ignored).toEqual(['shoeSize']);
    expect([...lenient.criteria.keys()]).toEqual(['name']);
  });
});

describe('parseSort', () => {
  const sortable = ['family', 'birthdate'];

  it('reads allowed keys in order, - meaning descending, each once', () => {
    const { sort } = parseSort(['-birthdate,family', 'birthdate'], sortable, false);
    expect(sort).toEqual([
      { name: 'birthdate', descending: true },
      { name: 'family', descending: false },
    ]);
    expect(sortText(sort)).toBe('-birthdate,family');
    expect(parseSearch({ _sort: 'family' }, params, false, sortable).sort).toEqual([
      { name: 'family', descending: false },
    ]);
  });

  it('refuses keys outside the allow-list, SQL included, unless lenient', () => {
    for (const key of ['shoeSize', 'family;DROP TABLE patient', 'family desc', '--family', ''])
      expect(refused(() => parseSort(key, sortable, false)).details).toEqual([
        { path: 'querystring._sort', message: expect.any(String) },
      ]);
    expect(refused(() => parseSort('family', [], false)).message).toContain('cannot be sorted');
    expect(parseSort('shoeSize,-family', sortable, true)).toEqual({
      sort: [{ name: 'family', descending: true }],
      ignored: ['_sort=shoeSize'],
    });
  });
});

describe('parseTotal', () => {
  it('reads none, estimate and accurate, accurate when absent', () => {
    expect(parseSearch({}, params, false).total).toBe('accurate');
    for (const mode of ['none', 'estimate', 'accurate'] as const)
      expect(parseSearch({ _total: mode }, params, false).total).toBe(mode);
  });

  it('refuses another value unless lenient, which counts as usual', () => {
    expect(refused(() => parseTotal('bogus', false)).details).toEqual([
      { path: 'querystring._total', message: expect.any(String) },
    ]);
    expect(parseSearch({ _total: 'bogus', name: 'ana' }, params, true)).toMatchObject({
      total: 'accurate',
      ignored: ['_total'],
    });
  });
});

describe('prefersLenient', () => {
  it('finds handling=lenient among other preferences', () => {
    expect(prefersLenient('return=minimal, handling=lenient')).toBe(true);
    expect(prefersLenient('handling=strict')).toBe(false);
    expect(prefersLenient(undefined)).toBe(false);
  });
});
