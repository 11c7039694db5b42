import type {
  AnaestheticWarning,
  ChartingProduct,
  DepthCapsByZone,
  SessionList,
  SessionChart,
  TreatmentSummary,
  ZoneId,
} from '@corium/contracts';
import { anaestheticWarnings } from './anaesthetic-check';
import type * as entries from './session-entries.repo';
import type { AddendumRow, SessionListRow, SessionRow } from './sessions.repo';

export interface ChartEntries {
  anaesthetics: entries.AnaestheticRow[];
  zones: entries.ZoneRow[];
  cartridges: entries.CartridgeRow[];
  topicals: entries.TopicalRow[];
  addenda: AddendumRow[];
}

const lotRef = (r: { lot_id: string | null; lot_number: string | null; expires_on: string | null }) =>
  r.lot_id && r.lot_number && r.expires_on
    ? { id: r.lot_id, lotNumber: r.lot_number, expiresOn: r.expires_on }
    : null;

/**
 * Warnings kept with an entry, except that an anaesthetic still on the skin of an open chart is
 * counted up to `now`, so the room sees the 60-minute warning as it happens.
 */
function warningsOf(row: entries.AnaestheticRow, open: boolean, now: Date): AnaestheticWarning[] {
  if (open && row.removed_at === null)
    return anaestheticWarnings(
      { zones: row.zones as ZoneId[], occluded: row.occluded, appliedAt: row.applied_at, removedAt: null },
      now,
    );
  return row.warnings as AnaestheticWarning[];
}

function toZone(z: entries.ZoneRow): SessionChart['zones'][number] {
  return {
    zone: z.zone as ZoneId,
    depthMm: Number(z.depth_mm),
    capMm: Number(z.cap_mm),
    passes: z.passes,
    directions: z.directions as SessionChart['zones'][number]['directions'],
    penSpeed: z.pen_speed,
    endpoint: z.endpoint,
    stoppedReason: z.stopped_reason,
    glideMedium: z.glide_product_id ? { id: z.glide_product_id, name: z.glide_name ?? '' } : null,
    depthOverride:
      z.depth_override_by && z.depth_override_reason
        ? { reason: z.depth_override_reason, by: { id: z.depth_override_by, name: z.override_by_name ?? '' } }
        : null,
    recordedAt: z.recorded_at.toISOString(),
  };
}

function toDevice(s: SessionRow): SessionChart['device'] {
  if (!s.device_id || !s.device_kind) return null;
  return { id: s.device_id, kind: s.device_kind, model: s.device_model ?? '', serial: s.device_serial ?? '' };
}

function toAnaesthetic(
  a: entries.AnaestheticRow,
  open: boolean,
  now: Date,
): SessionChart['anaesthetics'][number] {
  return {
    id: a.id,
    product: { id: a.product_id, name: a.product_name, strength: a.strength, compounded: a.compounded },
    lot: lotRef(a),
    zones: a.zones as ZoneId[],
    occluded: a.occluded,
    appliedAt: a.applied_at.toISOString(),
    removedAt: a.removed_at?.toISOString() ?? null,
    prescriptionRef: a.prescription_ref,
    warnings: warningsOf(a, open, now),
  };
}

const toCartridge = (c: entries.CartridgeRow): SessionChart['cartridges'][number] => ({
  id: c.id,
  product: { id: c.product_id, name: c.product_name },
  lot: { id: c.lot_id, lotNumber: c.lot_number, expiresOn: c.expires_on },
  cartridgeSerial: c.cartridge_serial,
  recordedAt: c.recorded_at.toISOString(),
});

export function toSessionChart(
  s: SessionRow,
  e: ChartEntries,
  depthCaps: DepthCapsByZone,
  now: Date,
): SessionChart {
  const open = s.signed_at === null;
  return {
    id: s.id,
    patientId: s.patient_id,
    appointmentId: s.appointment_id,
    modality: s.modality,
    series: s.series_id && s.session_number ? { id: s.series_id, sessionNumber: s.session_number } : null,
    practitioner: { id: s.practitioner_id, name: s.practitioner_name },
    status: open ? 'in_progress' : 'signed',
    startedAt: s.started_at.toISOString(),
    startedBy: { id: s.started_by, name: s.started_by_name },
    screeningId: s.screening_id,
    consentId: s.consent_id,
    photos: s.photos,
    photosReason: s.photos_reason,
    device: toDevice(s),
    depthCaps,
    anaesthetics: e.anaesthetics.map((a) => toAnaesthetic(a, open, now)),
    zones: e.zones.map(toZone),
    cartridges: e.cartridges.map(toCartridge),
    topicals: e.topicals.map((t) => ({
      id: t.id,
      product: { id: t.product_id, name: t.product_name },
      lot: lotRef(t),
      zones: t.zones as ZoneId[],
    })),
    signed:
      s.signed_at && s.signed_by && s.signed_hash
        ? {
            at: s.signed_at.toISOString(),
            by: { id: s.signed_by, name: s.signed_by_name ?? '' },
            hash: s.signed_hash,
          }
        : null,
    addenda: e.addenda.map((a) => ({
      id: a.id,
      reason: a.reason,
      body: a.body,
      by: { id: a.written_by, name: a.written_by_name },
      at: a.written_at.toISOString(),
    })),
  };
}

export const toSessionListItem = (r: SessionListRow): SessionList['sessions'][number] => ({
  id: r.id,
  appointmentId: r.appointment_id,
  modality: r.modality,
  startedAt: r.started_at.toISOString(),
  practitioner: { id: r.practitioner_id, name: r.practitioner_name },
  status: r.signed_at ? 'signed' : 'in_progress',
  zones: (r.zones ?? []) as ZoneId[],
  maxDepthMm: r.max_depth_mm === null ? null : Number(r.max_depth_mm),
  addenda: Number(r.addenda ?? 0),
});

/** "What was done today" for the patient: zones, the depth range and every product on the skin. */
export function toTreatmentSummary(r: SessionListRow, date: string, products: string[]): TreatmentSummary {
  const min = r.min_depth_mm === null ? null : Number(r.min_depth_mm);
  const max = r.max_depth_mm === null ? null : Number(r.max_depth_mm);
  return {
    sessionId: r.id,
    date,
    modality: r.modality,
    practitionerName: r.practitioner_name,
    zones: (r.zones ?? []) as ZoneId[],
    depthRangeMm: min !== null && max !== null ? { min, max } : null,
    products,
  };
}

export const toChartingProduct = (p: entries.ProductRow): ChartingProduct => ({
  id: p.id,
  kind: p.kind,
  name: p.name,
  needleConfig: p.needle_config,
  serialised: p.serialised,
  sterileForNeedledSkin: p.sterile_for_needled_skin,
  strength: p.strength,
  compounded: p.compounded,
});
