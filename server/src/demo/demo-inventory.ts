import type { Deps } from '../deps';
import { recordCare } from '../modules/inventory/pen-care.service';
import { createRecall, listRecalls } from '../modules/inventory/recalls.service';
import { createProduct, receiveLot, stockOverview } from '../modules/inventory/stock.service';
import type { Principal } from '../platform/auth/policy';
import * as repo from './demo.repo';
import { DEMO_CLINIC } from './demo-clinic';

/**
 * The demo clinic's consumables beyond cartridges — a sterile glide gel, a sterile serum for
 * needled skin, a lidocaine/prilocaine 2.5/2.5 cream and a compounded anaesthetic (which needs
 * a prescription to chart, clinical-reference §2.5) — their lots, the recall of the cartridge lot the first demo chart used,
 * and the pens' care log. Through the inventory services, so movements and audit are as in use.
 * Runs after the charts are seeded, so the recall's list shows who was charted with the lot.
 */

const meta = { ip: '127.0.0.1', userAgent: 'corium demo', requestId: 'demo-seed' };
const DAY_MS = 86_400_000;

const products = [
  {
    product: {
      kind: 'glide_medium',
      name: 'Sterile hyaluronic glide gel',
      sterileForNeedledSkin: true,
      lowStockAt: 20,
    },
    lot: { lotNumber: 'HG-2610-114', expiresIn: 240, quantity: 60, supplier: 'Dermal Supply Co.' },
  },
  {
    product: {
      kind: 'topical',
      name: 'Sterile hyaluronic serum, single-use vial',
      sterileForNeedledSkin: true,
    },
    lot: { lotNumber: 'SV-2609-032', expiresIn: 150, quantity: 8, supplier: 'Dermal Supply Co.' },
  },
  {
    product: {
      kind: 'anaesthetic',
      name: 'Lidocaine/prilocaine cream',
      strength: 'lidocaine 2.5% / prilocaine 2.5%',
      sterileForNeedledSkin: false,
      lowStockAt: 5,
    },
    lot: { lotNumber: 'LP-26-0871', expiresIn: 400, quantity: 24, supplier: 'Pharmacy wholesaler' },
  },
  {
    product: {
      kind: 'anaesthetic',
      name: 'Compounded lidocaine 7% / tetracaine 7% cream',
      strength: 'lidocaine 7% / tetracaine 7%',
      compounded: true,
      sterileForNeedledSkin: false,
      lowStockAt: 2,
    },
    lot: { lotNumber: 'CP-1118-A', expiresIn: 45, quantity: 6, supplier: 'Marylebone compounding pharmacy' },
  },
] as const;

/** Pen care as a week in the clinic leaves it, by serial: what was done how many days ago. */
const care = [
  ['MP4-230117', 'inspection', 7, 'Needle guide and depth dial checked against the gauge'],
  ['MP4-230117', 'cleaning', 1, null],
  ['MP4-230342', 'service', 40, 'Annual service by the maker'],
  ['MP4-230342', 'cleaning', 1, null],
  ['MP3-190881', 'repair', 3, 'Drive shaft worn: sent to the maker, awaiting return'],
  ['RF2-004512', 'inspection', 14, 'Electrode cable and foot pedal checked'],
] as const;

const principalOf = (clinicId: string, user: repo.DemoUser): Principal => ({
  userId: user.id,
  clinicId,
  role: user.role,
  email: user.email,
  displayName: user.display_name,
  isPrescriber: user.is_prescriber,
  tokenId: null,
});

const dayIn = (now: Date, days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: DEMO_CLINIC.timeZone }).format(
    new Date(now.getTime() + days * DAY_MS),
  );

export async function seedDemoInventory(deps: Deps): Promise<void> {
  const clinic = await repo.demoClinic(deps.db, DEMO_CLINIC.name);
  if (!clinic) return;
  const people = await repo.demoUsers(deps.db, clinic.id);
  const as = (email: string) =>
    principalOf(
      clinic.id,
      people.find((u) => u.email === email)!,
    );
  const priya = as('priya@demo.corium.clinic');
  const director = as('director@demo.corium.clinic');
  // The recall is the last step: once it exists, a later start has nothing to add.
  if ((await listRecalls(deps, director)).length > 0) return;
  const now = deps.clock.now();
  for (const { product, lot } of products) {
    const created = await createProduct(deps, priya, product);
    const { expiresIn, ...delivery } = lot;
    await receiveLot(deps, priya, created.id, { ...delivery, expiresOn: dayIn(now, expiresIn) });
  }
  // The lot the first demo chart used: the recall's list shows that patient.
  const { products: stocked } = await stockOverview(deps, priya);
  const recalled = stocked.flatMap((p) => p.lots).find((l) => l.lotNumber === 'LOT-24A117')!;
  await createRecall(
    deps,
    { principal: director, meta },
    {
      kind: 'lot',
      lotId: recalled.id,
      reason: 'Maker’s field safety notice: the sterile seal of some blisters in this lot may be incomplete',
      reference: 'FSN-2026-031',
    },
  );
  const devices = await repo.demoResources(deps.db, clinic.id);
  for (const [serial, kind, daysAgo, note] of care)
    await recordCare(deps, priya, devices.device(serial), {
      kind,
      ...(note && { note }),
      performedAt: new Date(now.getTime() - daysAgo * DAY_MS).toISOString(),
    });
}
