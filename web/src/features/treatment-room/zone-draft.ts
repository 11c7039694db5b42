import {
  zoneTreatmentRequest,
  type ChartZone,
  type DepthCapsByZone,
  type Endpoint,
  type ZoneId,
  type ZoneTreatmentRequest,
} from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';
import { DEPTH_MIN_MM } from './depth-bands';

type Direction = ZoneTreatmentRequest['directions'][number];

/** What the zone panel holds while the practitioner records one zone. */
export interface ZoneDraft {
  depthMm: number;
  passes: number;
  directions: Direction[];
  penSpeed: number | null;
  endpoint: Endpoint | null;
  stoppedReason: string;
  glideProductId: string | null;
  depthOverrideReason: string;
}

/** A first zone with nothing to copy: a shallow start, cross-hatched in two passes. */
const firstZone = {
  depthMm: 0.5,
  passes: 2,
  directions: ['vertical', 'horizontal'] as Direction[],
};

/** The zone's cap today, or none known (the server still checks). */
export function capFor(caps: DepthCapsByZone, zone: ZoneId): number | null {
  return caps[zone] ?? null;
}

export function aboveCap(depthMm: number, cap: number | null): boolean {
  return cap !== null && depthMm > cap;
}

function fromRecorded(recorded: ChartZone): ZoneDraft {
  return {
    depthMm: recorded.depthMm,
    passes: recorded.passes,
    directions: [...recorded.directions],
    penSpeed: recorded.penSpeed,
    endpoint: recorded.endpoint,
    stoppedReason: recorded.stoppedReason ?? '',
    glideProductId: recorded.glideMedium?.id ?? null,
    depthOverrideReason: recorded.depthOverride?.reason ?? '',
  };
}

/**
 * The panel's starting values for `zone`: what was recorded for it, else the previous zone's
 * settings (few taps per zone) with the depth brought down to this zone's cap, since a depth
 * right for the cheeks may be above the cap around the eyes. The endpoint is always chosen anew.
 */
export function draftFor(zone: ZoneId, recorded: readonly ChartZone[], caps: DepthCapsByZone): ZoneDraft {
  const own = recorded.find((z) => z.zone === zone);
  if (own) return fromRecorded(own);
  const previous = recorded.reduce<ChartZone | undefined>(
    (latest, z) => (!latest || z.recordedAt > latest.recordedAt ? z : latest),
    undefined,
  );
  const base = previous ? fromRecorded(previous) : null;
  const cap = capFor(caps, zone);
  const depth = base?.depthMm ?? firstZone.depthMm;
  return {
    depthMm: cap === null ? depth : Math.max(DEPTH_MIN_MM, Math.min(depth, cap)),
    passes: base?.passes ?? firstZone.passes,
    directions: base?.directions ?? firstZone.directions,
    penSpeed: base?.penSpeed ?? null,
    endpoint: null,
    stoppedReason: '',
    glideProductId: base?.glideProductId ?? null,
    depthOverrideReason: '',
  };
}

/** The request for the server; reasons only where they apply, so a stale one is never sent. */
export function zoneRequest(draft: ZoneDraft, cap: number | null): Partial<ZoneTreatmentRequest> {
  return {
    depthMm: draft.depthMm,
    passes: draft.passes,
    directions: draft.directions,
    ...(draft.penSpeed !== null && { penSpeed: draft.penSpeed }),
    ...(draft.endpoint !== null && { endpoint: draft.endpoint }),
    ...(draft.endpoint === 'stopped_early' && { stoppedReason: draft.stoppedReason }),
    ...(draft.glideProductId !== null && { glideProductId: draft.glideProductId }),
    ...(aboveCap(draft.depthMm, cap) && { depthOverrideReason: draft.depthOverrideReason }),
  };
}

export const zoneFields = [
  'depthMm',
  'depthOverrideReason',
  'passes',
  'directions',
  'endpoint',
  'stoppedReason',
];

/** Problems the room can see before asking the server, in the contract's own terms. */
export function zoneErrors(draft: ZoneDraft, cap: number | null): FieldErrors {
  return schemaErrors(zoneTreatmentRequest, zoneRequest(draft, cap), {
    endpoint: 'Choose the endpoint reached',
    stoppedReason: 'Say why the zone was stopped early',
    directions: 'Choose at least one direction',
    depthOverrideReason: 'Give the prescriber’s reason for going above the cap',
  });
}
