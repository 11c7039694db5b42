import type { SessionChart } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chartHash } from './chart-hash';

const person = (id: string, name: string) => ({ id, name });
const zone = (name: 'cheeks' | 'forehead', depthMm: number): SessionChart['zones'][number] => ({
  zone: name,
  depthMm,
  capMm: 1.5,
  passes: 3,
  directions: ['vertical', 'horizontal'],
  penSpeed: 8,
  endpoint: 'erythema',
  stoppedReason: null,
  glideMedium: { id: 'g1', name: 'Sterile HA gel' },
  depthOverride: null,
  recordedAt: '2026-12-01T09:50:00.000Z',
});
const chart: SessionChart = {
  id: 's1',
  patientId: 'p1',
  appointmentId: 'a1',
  modality: 'microneedling',
  series: null,
  practitioner: person('u1', 'Priya'),
  status: 'in_progress',
  startedAt: '2026-12-01T09:00:00.000Z',
  startedBy: person('u1', 'Priya'),
  screeningId: 'sc1',
  consentId: 'c1',
  photos: 'declined',
  photosReason: 'Patient declined',
  device: { id: 'd1', kind: 'pen', model: 'MP-4', serial: 'P1' },
  depthCaps: { cheeks: 1.5, forehead: 1.5 },
  anaesthetics: [],
  zones: [zone('cheeks', 1.5), zone('forehead', 1)],
  cartridges: [
    {
      id: 'k1',
      product: { id: 'pr1', name: '12-pin' },
      lot: { id: 'l1', lotNumber: 'LOT-1', expiresOn: '2027-01-01' },
      cartridgeSerial: null,
      recordedAt: '2026-12-01T09:45:00.000Z',
    },
  ],
  topicals: [],
  signed: null,
  addenda: [],
};
const signed = { at: '2026-12-01T10:00:00.000Z', byId: 'u1' };

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });
});

describe('chartHash', () => {
  it('is a hex SHA-256 that ignores order, names and what comes after signing', () => {
    const hash = chartHash(chart, signed);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const renamed = {
      ...chart,
      zones: [...chart.zones].reverse(),
      practitioner: person('u1', 'Priya S.'),
      addenda: [{ id: 'x', reason: 'typo', body: 'fixed', by: person('u2', 'Sam'), at: signed.at }],
    };
    expect(chartHash(renamed, signed)).toBe(hash);
  });

  it('changes with anything charted, and with who signed when', () => {
    const hash = chartHash(chart, signed);
    expect(chartHash({ ...chart, zones: [zone('cheeks', 1.25), zone('forehead', 1)] }, signed)).not.toBe(
      hash,
    );
    expect(chartHash(chart, { ...signed, byId: 'u2' })).not.toBe(hash);
    expect(chartHash(chart, { ...signed, at: '2026-12-01T10:00:01.000Z' })).not.toBe(hash);
  });
});
