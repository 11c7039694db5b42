import type { Executor } from '../../platform/db/database';
import type { ConsumableKind } from '../../platform/db/treatment-room-schema';
import { newId } from '../../platform/ids';

/**
 * Stock, pens and charted sessions written straight into the tables, for tests of inventory and
 * recalls (and the e2e and bench seeds) that need a chart without going through the charting
 * screens. Every row belongs to the clinic given.
 */

export async function addProduct(
  db: Executor,
  clinicId: string,
  product: { name?: string; kind?: ConsumableKind; lowStockAt?: number } = {},
): Promise<string> {
  const id = newId();
  const kind = product.kind ?? 'cartridge';
  await db
    .insertInto('consumable_product')
    .values({
      id,
      clinic_id: clinicId,
      kind,
      name: product.name ?? `Cartridge ${id.slice(-8)}`,
      needle_config: kind === 'cartridge' ? '12-pin' : null,
      sterile_for_needled_skin: true,
      low_stock_at: product.lowStockAt ?? 10,
      created_at: new Date(),
    })
    .execute();
  return id;
}

export async function addLot(
  db: Executor,
  clinicId: string,
  productId: string,
  lot: { lotNumber?: string; expiresOn?: string; quantity?: number } = {},
): Promise<string> {
  const id = newId();
  const quantity = lot.quantity ?? 50;
  await db
    .insertInto('stock_lot')
    .values({
      id,
      clinic_id: clinicId,
      product_id: productId,
      lot_number: lot.lotNumber ?? `LOT-${id.slice(-8).toUpperCase()}`,
      expires_on: lot.expiresOn ?? '2030-01-01',
      quantity_received: quantity,
      quantity_on_hand: quantity,
      received_on: '2026-01-01',
      created_at: new Date(),
    })
    .execute();
  return id;
}

export async function addPen(
  db: Executor,
  clinicId: string,
  serial = `PEN-${newId().slice(-8)}`,
): Promise<string> {
  const location = await db
    .selectFrom('location')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .executeTakeFirstOrThrow();
  const id = newId();
  await db
    .insertInto('device')
    .values({
      id,
      clinic_id: clinicId,
      location_id: location.id,
      kind: 'pen',
      model: 'Test pen MP-4',
      serial,
    })
    .execute();
  return id;
}

/** The clinic's treatment service for charted visits, made on first use. */
async function treatmentService(db: Executor, clinicId: string): Promise<string> {
  const existing = await db
    .selectFrom('service')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('code', '=', 'kit_microneedling')
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = newId();
  const roles = [{ key: 'practitioner', kind: 'practitioner' }];
  const segments = [{ name: 'Needling', minutes: 30, uses: ['practitioner'] }];
  await db
    .insertInto('service')
    .values({
      ...{ id, clinic_id: clinicId, code: 'kit_microneedling', name: 'Microneedling (test kit)' },
      ...{ kind: 'treatment', modality: 'microneedling', created_at: new Date() },
      ...{ roles: JSON.stringify(roles), segments: JSON.stringify(segments) },
    })
    .execute();
  return id;
}

export interface ChartedSession {
  clinicId: string;
  patientId: string;
  practitionerId: string;
  startedAt: Date;
  /** Lots whose cartridges the chart records, one cartridge each. */
  cartridgeLots?: string[];
  /** A lot charted as the topical anaesthetic. */
  anaestheticLot?: string;
  deviceId?: string;
  signed?: boolean;
}

async function insertVisit(
  db: Executor,
  s: ChartedSession,
): Promise<{ appointmentId: string; screeningId: string }> {
  const [locationId, serviceId] = await Promise.all([
    db.selectFrom('location').select('id').where('clinic_id', '=', s.clinicId).executeTakeFirstOrThrow(),
    treatmentService(db, s.clinicId),
  ]);
  const appointmentId = newId();
  const screeningId = newId();
  await db
    .insertInto('screening_evaluation')
    .values({
      ...{ id: screeningId, clinic_id: s.clinicId, patient_id: s.patientId, occasion: 'day_of' },
      ...{ inputs: '{}', rule_set_version: 'test-kit', outcome: 'clear', result: '{"findings":[]}' },
      ...{ needs_override: [], created_by: s.practitionerId, created_at: s.startedAt },
    })
    .execute();
  await db
    .insertInto('appointment')
    .values({
      ...{ id: appointmentId, clinic_id: s.clinicId, location_id: locationId.id, patient_id: s.patientId },
      ...{ service_id: serviceId, status: 'completed', screening_id: screeningId },
      ...{ starts_at: s.startedAt, ends_at: new Date(s.startedAt.getTime() + 30 * 60_000) },
      ...{ idempotency_key: `kit-${appointmentId}`, request_hash: '0'.repeat(64) },
      ...{ created_by: s.practitionerId, created_at: s.startedAt },
    })
    .execute();
  return { appointmentId, screeningId };
}

async function chartLots(db: Executor, s: ChartedSession, sessionId: string): Promise<void> {
  const lotIds = [...(s.cartridgeLots ?? []), ...(s.anaestheticLot ? [s.anaestheticLot] : [])];
  if (lotIds.length === 0) return;
  const lots = await db
    .selectFrom('stock_lot')
    .select(['id', 'product_id'])
    .where('id', 'in', lotIds)
    .execute();
  const productOf = (lotId: string) => lots.find((l) => l.id === lotId)!.product_id;
  const entry = {
    clinic_id: s.clinicId,
    session_id: sessionId,
    recorded_by: s.practitionerId,
    recorded_at: s.startedAt,
  };
  for (const lotId of s.cartridgeLots ?? [])
    await db
      .insertInto('session_cartridge')
      .values({ id: newId(), ...entry, product_id: productOf(lotId), lot_id: lotId })
      .execute();
  if (s.anaestheticLot)
    await db
      .insertInto('session_anaesthetic')
      .values({
        ...{ id: newId(), ...entry, product_id: productOf(s.anaestheticLot), lot_id: s.anaestheticLot },
        ...{ zones: ['cheeks'], occluded: false, applied_at: s.startedAt },
      })
      .execute();
}

/** A session as the chart leaves it: the visit, its screening, the lots used, signed unless asked not to be. */
export async function insertChartedSession(db: Executor, s: ChartedSession): Promise<string> {
  const { appointmentId, screeningId } = await insertVisit(db, s);
  const id = newId();
  await db
    .insertInto('treatment_session')
    .values({
      ...{ id, clinic_id: s.clinicId, patient_id: s.patientId, appointment_id: appointmentId },
      ...{ practitioner_id: s.practitionerId, modality: 'microneedling', screening_id: screeningId },
      ...{ consent_id: newId(), photos: 'taken', device_id: s.deviceId ?? null },
      ...{ started_at: s.startedAt, started_by: s.practitionerId },
    })
    .execute();
  await chartLots(db, s, id);
  if (s.signed !== false)
    await db
      .updateTable('treatment_session')
      .set({ signed_at: s.startedAt, signed_by: s.practitionerId, signed_hash: 'a'.repeat(64) })
      .where('clinic_id', '=', s.clinicId)
      .where('id', '=', id)
      .execute();
  return id;
}
