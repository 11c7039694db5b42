import type { ChartZone } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { draftFor, zoneErrors, zoneRequest, type ZoneDraft } from './zone-draft';

const recorded = (over: Partial<ChartZone>): ChartZone => ({
  zone: 'cheeks',
  depthMm: 1.5,
  capMm: 2,
  passes: 3,
  directions: ['vertical', 'diagonal_left'],
  penSpeed: 8,
  endpoint: 'pinpoint_bleeding',
  stoppedReason: null,
  glideMedium: { id: '0190a0a0-0000-7000-8000-000000000001', name: 'Sterile HA gel' },
  depthOverride: null,
  recordedAt: '2026-03-02T10:05:00.000Z',
  ...over,
});

const draft = (over: Partial<ZoneDraft>): ZoneDraft => ({
  depthMm: 1,
  passes: 2,
  directions: ['vertical'],
  penSpeed: null,
  endpoint: 'erythema',
  stoppedReason: '',
  glideProductId: null,
  depthOverrideReason: '',
  ...over,
});

describe('the next zone’s starting values', () => {
  it('copies the latest zone’s settings, but not its endpoint', () => {
    const earlier = recorded({ zone: 'forehead', passes: 2, recordedAt: '2026-03-02T10:00:00.000Z' });
    const next = draftFor('chin', [recorded({}), earlier], { chin: 2 });
    expect(next).toMatchObject({ depthMm: 1.5, passes: 3, penSpeed: 8, endpoint: null });
    expect(next.directions).toEqual(['vertical', 'diagonal_left']);
    expect(next.glideProductId).toBe('0190a0a0-0000-7000-8000-000000000001');
  });

  it('never starts above this zone’s cap', () => {
    expect(draftFor('periorbital', [recorded({})], { periorbital: 0.5 }).depthMm).toBe(0.5);
  });

  it('starts shallow when nothing has been recorded yet', () => {
    expect(draftFor('forehead', [], {})).toMatchObject({ depthMm: 0.5, passes: 2, endpoint: null });
  });

  it('reopens a recorded zone as it was saved', () => {
    const own = recorded({ zone: 'chin', endpoint: 'stopped_early', stoppedReason: 'Patient distress' });
    expect(draftFor('chin', [recorded({}), own], {})).toMatchObject({
      endpoint: 'stopped_early',
      stoppedReason: 'Patient distress',
    });
  });
});

describe('the zone request', () => {
  it('sends the override reason only above the cap, and the stop reason only when stopped early', () => {
    const below = zoneRequest(draft({ depthOverrideReason: 'left over', stoppedReason: 'left over' }), 1.5);
    expect(below).not.toHaveProperty('depthOverrideReason');
    expect(below).not.toHaveProperty('stoppedReason');
    const above = zoneRequest(draft({ depthMm: 2, depthOverrideReason: 'Deep boxcar scars' }), 1.5);
    expect(above.depthOverrideReason).toBe('Deep boxcar scars');
  });

  it('asks for the endpoint, the stop reason and the override reason in plain words', () => {
    expect(zoneErrors(draft({ endpoint: null }), 2)).toEqual({ endpoint: 'Choose the endpoint reached' });
    expect(zoneErrors(draft({ endpoint: 'stopped_early' }), 2)).toEqual({
      stoppedReason: 'Say why the zone was stopped early',
    });
    expect(zoneErrors(draft({ depthMm: 2.5 }), 2)).toEqual({
      depthOverrideReason: 'Give the prescriber’s reason for going above the cap',
    });
    expect(zoneErrors(draft({}), 2)).toEqual({});
  });
});
