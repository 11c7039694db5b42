/**
 * Whether a zone may be charted at a depth: within the patient's cap for the zone today (from
 * the screening engine) and, on the face, within the clinic's facial limit (the rule set's
 * `facialOverrideAboveMm`, 2.0 mm by default, "whatever the caps say"), or above them with a
 * prescriber's written reason. Pure.
 */

export interface DepthRequest {
  zone: string;
  depthMm: number;
  /** The cap for the zone from today's screening; undefined when the zone was not screened. */
  capMm: number | undefined;
  /** The clinic's facial limit when the zone is facial; undefined otherwise. */
  facialLimitMm?: number;
  overrideReason: string | undefined;
  /** The caller prescribes (a prescriber, or the medical director). */
  prescriber: boolean;
}

export type DepthDecision =
  | { ok: true; capMm: number; override: string | null }
  | { ok: false; code: 'NOT_SCREENED' | 'DEPTH_OVER_CAP' | 'FORBIDDEN'; message: string };

/** Compares with a hair of tolerance so that 1.75 against a 1.75 cap is within it. */
const above = (depth: number, cap: number): boolean => depth > cap + 1e-9;

/** Cheeks cap 1.5 mm: 1.5 → ok; 1.75 without a reason → DEPTH_OVER_CAP; with one, by a prescriber → ok. */
export function depthDecision(request: DepthRequest): DepthDecision {
  const { zone, depthMm, overrideReason, prescriber } = request;
  const name = zone.replace('_', ' ');
  if (request.capMm === undefined)
    return {
      ok: false,
      code: 'NOT_SCREENED',
      message: `The ${name} zone was not in today's screening: do the day-of check again including it`,
    };
  const capMm = Math.min(request.capMm, request.facialLimitMm ?? Infinity);
  if (!above(depthMm, capMm)) return { ok: true, capMm, override: null };
  if (!overrideReason)
    return {
      ok: false,
      code: 'DEPTH_OVER_CAP',
      message: `${depthMm} mm is above this patient's cap of ${capMm} mm for the ${name}: only a prescriber may go deeper, with a reason`,
    };
  if (!prescriber)
    return {
      ok: false,
      code: 'FORBIDDEN',
      message: `Only a prescriber may override the ${capMm} mm cap for the ${name}`,
    };
  return { ok: true, capMm, override: overrideReason };
}
