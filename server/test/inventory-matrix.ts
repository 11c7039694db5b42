import { addLot, addProduct, insertChartedSession } from '../src/modules/inventory/inventory-test-kit';
import { newId } from '../src/platform/ids';
import type { MatrixFixtures } from './authorization-fixtures';
import type { MatrixRow } from './authorization-matrix';

/**
 * Inventory, recalls and pen care in the authorization matrix: the rows, and real things of
 * clinic a for their path parameters. A recall is made once per lot and its patients are
 * notified once, so those calls get a fresh lot or recall each; another clinic's ids name nothing here.
 */

const allStaff = { admin: true, medical_director: true, practitioner: true, front_desk: true } as const;
const stockKeepers = { admin: true, medical_director: true, practitioner: true } as const;
const recallManagers = { admin: true, medical_director: true } as const;

export const inventoryMatrix: MatrixRow[] = [
  { route: 'GET /api/inventory/products', allow: { ...allStaff } },
  { route: 'POST /api/inventory/products', allow: { ...stockKeepers } },
  { route: 'PATCH /api/inventory/products/:productId', allow: { ...stockKeepers } },
  { route: 'POST /api/inventory/products/:productId/lots', allow: { ...stockKeepers } },
  { route: 'POST /api/inventory/lots/:lotId/adjustments', allow: { ...stockKeepers } },
  { route: 'GET /api/inventory/lots/:lotId/movements', allow: { ...allStaff } },
  { route: 'GET /api/inventory/devices', allow: { ...allStaff } },
  { route: 'GET /api/devices/:deviceId/maintenance', allow: { ...allStaff } },
  { route: 'POST /api/devices/:deviceId/maintenance', allow: { ...stockKeepers } },
  { route: 'GET /api/recalls', allow: { ...recallManagers } },
  { route: 'POST /api/recalls', allow: { ...recallManagers } },
  { route: 'GET /api/recalls/:recallId/affected', allow: { ...recallManagers } },
  { route: 'GET /api/recalls/:recallId/affected.csv', allow: { ...recallManagers } },
  { route: 'POST /api/recalls/:recallId/notify', allow: { ...recallManagers } },
];

const products = new WeakMap<MatrixFixtures, Promise<string>>();

/** Clinic a's matrix product, made once. */
function matrixProduct(f: MatrixFixtures): Promise<string> {
  if (!products.has(f)) products.set(f, addProduct(f.t.deps.db, f.clinicA.id, { name: 'Matrix cartridge' }));
  return products.get(f)!;
}

const freshLot = async (f: MatrixFixtures) => addLot(f.t.deps.db, f.clinicA.id, await matrixProduct(f));

/** A recall of a fresh lot charted in a session of the matrix's own patient, so it has someone to notify. */
async function freshRecall(f: MatrixFixtures): Promise<string> {
  const lotId = await freshLot(f);
  await insertChartedSession(f.t.deps.db, {
    ...{ clinicId: f.clinicA.id, patientId: f.ids.own, practitionerId: f.ids.user },
    ...{ startedAt: new Date(f.t.clock.now().getTime() - 86_400_000), cartridgeLots: [lotId] },
  });
  const id = newId();
  await f.t.deps.db
    .insertInto('recall')
    .values({
      ...{ id, clinic_id: f.clinicA.id, kind: 'lot', lot_id: lotId, reason: 'Matrix recall' },
      ...{ created_by: f.ids.user, created_at: f.t.clock.now() },
    })
    .execute();
  return id;
}

/** `path` with inventory's parameters filled: clinic a's things, or for another clinic, ids of nothing here. */
export async function withInventoryIds(
  f: MatrixFixtures,
  path: string,
  otherClinic: boolean,
): Promise<string> {
  if (!/^\/api\/(inventory|recalls|devices)\//.test(path)) return path;
  const pick = async (own: () => string | Promise<string>) => (otherClinic ? newId() : own());
  let filled = path;
  if (filled.includes(':productId'))
    filled = filled.replace(':productId', await pick(() => matrixProduct(f)));
  if (filled.includes(':lotId')) filled = filled.replace(':lotId', await pick(() => freshLot(f)));
  if (filled.includes(':deviceId'))
    filled = filled.replace(':deviceId', await pick(() => f.bookable.devices.pen));
  if (filled.includes(':recallId')) filled = filled.replace(':recallId', await pick(() => freshRecall(f)));
  return filled;
}

export const inventoryBodies = (
  fixtures: () => MatrixFixtures,
): Record<string, () => object | Promise<object>> => ({
  'POST /api/inventory/products': () => ({
    kind: 'glide_medium',
    name: `Matrix gel ${newId()}`,
    sterileForNeedledSkin: true,
  }),
  'PATCH /api/inventory/products/:productId': () => ({ lowStockAt: 5 }),
  'POST /api/inventory/products/:productId/lots': () => ({
    lotNumber: `M-${newId()}`,
    expiresOn: '2031-01-01',
    quantity: 10,
  }),
  'POST /api/inventory/lots/:lotId/adjustments': () => ({
    reason: 'count_correction',
    change: 1,
    note: 'Matrix recount',
  }),
  'POST /api/devices/:deviceId/maintenance': () => ({ kind: 'cleaning' }),
  'POST /api/recalls': async () => ({
    kind: 'lot',
    lotId: await freshLot(fixtures()),
    reason: 'Matrix recall',
  }),
  'POST /api/recalls/:recallId/notify': () => ({ confirm: true }),
});
