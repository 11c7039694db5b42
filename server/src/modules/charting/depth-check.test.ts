import { describe, expect, it } from 'vitest';
import { depthDecision } from './depth-check';

const cheeks = { zone: 'cheeks', capMm: 1.5, overrideReason: undefined, prescriber: false };

describe('depthDecision', () => {
  it('allows a depth at or under the cap, with no override kept', () => {
    expect(depthDecision({ ...cheeks, depthMm: 1.5 })).toEqual({ ok: true, capMm: 1.5, override: null });
    expect(
      depthDecision({ ...cheeks, depthMm: 1.5, overrideReason: 'not needed', prescriber: true }),
    ).toEqual({
      ok: true,
      capMm: 1.5,
      override: null,
    });
  });

  it('refuses a depth above the cap without a reason', () => {
    expect(depthDecision({ ...cheeks, depthMm: 1.75 })).toMatchObject({ ok: false, code: 'DEPTH_OVER_CAP' });
  });

  it('refuses an override by someone who does not prescribe', () => {
    const decision = depthDecision({ ...cheeks, depthMm: 1.75, overrideReason: 'Deep boxcar scars' });
    expect(decision).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it("accepts a prescriber's override above the cap", () => {
    const decision = depthDecision({
      ...cheeks,
      depthMm: 2,
      overrideReason: 'Deep boxcar scars',
      prescriber: true,
    });
    expect(decision).toEqual({ ok: true, capMm: 1.5, override: 'Deep boxcar scars' });
  });

  it('holds a facial zone to the clinic’s facial limit, whatever its cap', () => {
    const wideCap = { ...cheeks, capMm: 2.5, facialLimitMm: 2 };
    expect(depthDecision({ ...wideCap, depthMm: 2 })).toEqual({ ok: true, capMm: 2, override: null });
    expect(depthDecision({ ...wideCap, depthMm: 2.25 })).toMatchObject({ ok: false, code: 'DEPTH_OVER_CAP' });
  });

  it('refuses a zone today’s screening did not cover', () => {
    expect(depthDecision({ ...cheeks, capMm: undefined, depthMm: 0.5 })).toMatchObject({
      ok: false,
      code: 'NOT_SCREENED',
    });
  });
});
