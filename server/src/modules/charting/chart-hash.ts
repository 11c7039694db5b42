import { createHash } from 'node:crypto';
import type { SessionChart } from '@corium/contracts';

/**
 * The signed chart's fingerprint: SHA-256 over a canonical JSON of what was charted. People,
 * products and lots are referred to by id (a renamed product or colleague does not change what
 * was signed); derived things (warnings, names) and what comes after signing (addenda) are left
 * out. Keys are sorted at every level and entries ordered by id (zones by zone), so the same
 * chart always gives the same bytes.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `{"b":1,"a":[2,{"d":3,"c":4}]}` → `{"a":[2,{"c":4,"d":3}],"b":1}`; undefined members are dropped. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const byKey = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

const zoneContent = (z: SessionChart['zones'][number]): Json => ({
  zone: z.zone,
  depthMm: z.depthMm,
  capMm: z.capMm,
  passes: z.passes,
  directions: [...z.directions],
  penSpeed: z.penSpeed,
  endpoint: z.endpoint,
  stoppedReason: z.stoppedReason,
  glideProductId: z.glideMedium?.id ?? null,
  depthOverride: z.depthOverride ? { reason: z.depthOverride.reason, byId: z.depthOverride.by.id } : null,
});

/** What was charted, by reference. */
export function chartContent(chart: SessionChart, signed: { at: string; byId: string }): Json {
  return {
    id: chart.id,
    patientId: chart.patientId,
    appointmentId: chart.appointmentId,
    modality: chart.modality,
    series: chart.series,
    practitionerId: chart.practitioner.id,
    startedAt: chart.startedAt,
    startedById: chart.startedBy.id,
    screeningId: chart.screeningId,
    consentId: chart.consentId,
    photos: chart.photos,
    photosReason: chart.photosReason,
    deviceId: chart.device?.id ?? null,
    depthCaps: chart.depthCaps as Record<string, number>,
    anaesthetics: byKey(chart.anaesthetics, (a) => a.id).map((a) => ({
      id: a.id,
      productId: a.product.id,
      lotId: a.lot?.id ?? null,
      zones: [...a.zones],
      occluded: a.occluded,
      appliedAt: a.appliedAt,
      removedAt: a.removedAt,
      prescriptionRef: a.prescriptionRef,
    })),
    zones: byKey(chart.zones, (z) => z.zone).map(zoneContent),
    cartridges: byKey(chart.cartridges, (c) => c.id).map((c) => ({
      id: c.id,
      productId: c.product.id,
      lotId: c.lot.id,
      cartridgeSerial: c.cartridgeSerial,
    })),
    topicals: byKey(chart.topicals, (t) => t.id).map((t) => ({
      id: t.id,
      productId: t.product.id,
      lotId: t.lot?.id ?? null,
      zones: [...t.zones],
    })),
    signedAt: signed.at,
    signedById: signed.byId,
  };
}

/** Hex SHA-256 of the canonical chart, as stored in `treatment_session.signed_hash`. */
export const chartHash = (chart: SessionChart, signed: { at: string; byId: string }): string =>
  createHash('sha256')
    .update(canonicalJson(chartContent(chart, signed)), 'utf8')
    .digest('hex');
