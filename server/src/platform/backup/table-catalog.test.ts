import { describe, expect, it } from 'vitest';
import { loadOrder } from './table-catalog';

const t = (name: string, ...references: string[]) => ({ name, references });

describe('table load order', () => {
  it('puts every table after the tables it references, whatever order they come in', () => {
    const tables = [
      t('medical_history', 'patient', 'clinic', 'app_user'),
      t('patient', 'clinic', 'app_user'),
      t('app_user', 'clinic'),
      t('clinic'),
      t('auth_throttle'),
    ];
    const { order, rings } = loadOrder(tables);
    expect(order).toEqual(['auth_throttle', 'clinic', 'app_user', 'patient', 'medical_history']);
    expect(rings).toEqual([]);
    expect(loadOrder([...tables].reverse()).order).toEqual(order);
  });

  it('needs nothing special for a table that points at itself', () => {
    const { order, rings } = loadOrder([t('patient', 'patient', 'clinic'), t('clinic')]);
    expect(order).toEqual(['clinic', 'patient']);
    expect(rings).toEqual([]);
  });

  it('breaks a ring of tables pointing at each other and names where', () => {
    const { order, rings } = loadOrder([t('a', 'b'), t('b', 'a'), t('c', 'a'), t('root')]);
    expect(order).toEqual(['root', 'a', 'b', 'c']);
    expect(rings).toEqual(['a']);
  });

  it('ignores references to tables outside the backup', () => {
    expect(loadOrder([t('x', 'elsewhere')]).order).toEqual(['x']);
  });
});
