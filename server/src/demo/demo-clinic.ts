import { newId } from '../platform/ids';

/** The demo clinic's fixed facts: one London location with its rooms, pens and cartridge lots. */
export const DEMO_CLINIC = { name: 'Lumen Skin Clinic', timeZone: 'Europe/London' } as const;
export const DEMO_LOCATION = {
  name: 'Lumen Skin Clinic — Marylebone',
  address: '14 Wimpole Mews, London W1G 8PD',
};

export const roomsFor = (clinicId: string, locationId: string) =>
  (
    [
      ['Treatment room 1', 'treatment'],
      ['Treatment room 2', 'treatment'],
      ['Consultation room', 'consult'],
    ] as const
  ).map(([name, kind]) => ({ id: newId(), clinic_id: clinicId, location_id: locationId, name, kind }));

export const devicesFor = (clinicId: string, locationId: string) =>
  (
    [
      ['pen', 'Microneedling pen MP-4', 'MP4-230117', 'in_service'],
      ['pen', 'Microneedling pen MP-4', 'MP4-230342', 'in_service'],
      ['pen', 'Microneedling pen MP-3', 'MP3-190881', 'maintenance'],
      ['rf_unit', 'RF microneedling system RF-2', 'RF2-004512', 'in_service'],
    ] as const
  ).map(([kind, model, serial, status]) => ({
    id: newId(),
    clinic_id: clinicId,
    location_id: locationId,
    kind,
    model,
    serial,
    status,
  }));

/** Cartridge products the demo clinic stocks; the 36-pin nano carries a serial on each cartridge. */
export function cartridgeProductsFor(clinicId: string, now: Date) {
  return (
    [
      ['Sterile cartridge 12-pin', '12-pin 32G', false],
      ['Sterile cartridge 36-pin nano', '36-pin nano', true],
      ['Sterile cartridge RF 25-pin', '25-pin insulated', false],
    ] as const
  ).map(([name, needleConfig, serialised]) => ({
    id: newId(),
    clinic_id: clinicId,
    kind: 'cartridge' as const,
    name,
    needle_config: needleConfig,
    serialised,
    sterile_for_needled_skin: true,
    created_at: now,
  }));
}

/** Lots relative to today: two current, one close to expiry, one expired (to be quarantined). */
export function cartridgeLotsFor(
  clinicId: string,
  products: readonly { id: string; name: string }[],
  day: (offsetDays: number) => string,
) {
  const productId = (name: string) => products.find((p) => p.name === name)!.id;
  return (
    [
      ['Sterile cartridge 12-pin', 'LOT-24A117', 400, -120, 60],
      ['Sterile cartridge 12-pin', 'LOT-25B031', 200, -30, 540],
      ['Sterile cartridge 36-pin nano', 'LOT-25C208', 100, -20, 25],
      ['Sterile cartridge RF 25-pin', 'LOT-23R990', 50, -400, -10],
    ] as const
  ).map(([product, lot, quantity, received, expires]) => ({
    id: newId(),
    clinic_id: clinicId,
    product_id: productId(product),
    lot_number: lot,
    quantity_received: quantity,
    quantity_on_hand: quantity,
    received_on: day(received),
    expires_on: day(expires),
    created_at: new Date(`${day(received)}T09:00:00Z`),
  }));
}

/** Monday–Friday 09:00–18:00, Thursday late until 20:00, Saturday 10:00–16:00, closed Sunday. */
export function openingHoursFor(clinicId: string, locationId: string) {
  const week: [number, string, string][] = [
    [1, '09:00', '18:00'],
    [2, '09:00', '18:00'],
    [3, '09:00', '18:00'],
    [4, '09:00', '20:00'],
    [5, '09:00', '18:00'],
    [6, '10:00', '16:00'],
  ];
  return week.map(([weekday, opens, closes]) => ({
    id: newId(),
    clinic_id: clinicId,
    location_id: locationId,
    weekday,
    opens_at: opens,
    closes_at: closes,
  }));
}
