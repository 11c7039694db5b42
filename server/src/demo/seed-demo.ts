import type { Deps } from '../deps';
import { createUser } from '../modules/identity/users.service';
import type { Trx } from '../platform/db/database';
import { newId } from '../platform/ids';
import * as repo from './demo.repo';
import { addDemoSchedules, bookDemoVisits } from './demo-bookings';
import { seedDemoInventory } from './demo-inventory';
import { seedDemoCharts } from './demo-charts';
import { seedDemoOutcomes } from './demo-outcomes';
import {
  cartridgeLotsFor,
  cartridgeProductsFor,
  DEMO_CLINIC,
  DEMO_LOCATION,
  devicesFor,
  openingHoursFor,
  roomsFor,
} from './demo-clinic';
import { demoPatients } from './demo-patients';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, staff } from './demo-people';

export interface DemoLogins {
  clinicName: string;
  password: string;
  totpSecret: string;
  accounts: { role: string; email: string; name: string }[];
}

const PORTAL_PATIENT_EMAIL = 'patient@demo.corium.clinic';

/**
 * Seeds the demo clinic once (later starts reuse it) and returns the logins to print.
 * Refuses a database that already holds a real clinic.
 */
export async function seedDemo(deps: Deps): Promise<DemoLogins> {
  await deps.db.transaction().execute(async (trx) => {
    const existing = await repo.clinicNames(trx);
    if (existing.some((c) => c.name === DEMO_CLINIC.name)) return;
    if (existing.length > 0) {
      throw new Error(
        `This database already holds "${existing[0]!.name}". Run the demo on its own data: DATA_DIR=./data-demo npm run demo`,
      );
    }
    await createDemoClinic(trx, deps.clock.now());
  });
  await bookDemoVisits(deps);
  await seedDemoCharts(deps);
  await seedDemoOutcomes(deps);
  await seedDemoInventory(deps);
  const accounts: DemoLogins['accounts'] = staff.map((s) => ({
    role: s.role,
    email: s.email,
    name: s.displayName,
  }));
  accounts.push({ role: 'patient', email: PORTAL_PATIENT_EMAIL, name: 'patient portal' });
  return { clinicName: DEMO_CLINIC.name, password: DEMO_PASSWORD, totpSecret: DEMO_TOTP_SECRET, accounts };
}

async function createDemoClinic(trx: Trx, now: Date): Promise<void> {
  const clinicId = newId();
  const locationId = newId();
  const day = calendarDay(now, DEMO_CLINIC.timeZone);
  await repo.insertClinic(trx, { id: clinicId, name: DEMO_CLINIC.name, time_zone: DEMO_CLINIC.timeZone });
  await repo.insertLocation(trx, {
    id: locationId,
    clinic_id: clinicId,
    time_zone: DEMO_CLINIC.timeZone,
    ...DEMO_LOCATION,
  });
  const users = [];
  for (const s of staff) users.push(await createUser(trx, { clinicId, password: DEMO_PASSWORD, ...s }));
  await repo.enrolTotp(
    trx,
    clinicId,
    users.map((u) => u.id),
    DEMO_TOTP_SECRET,
    now,
  );
  await repo.insertRooms(trx, roomsFor(clinicId, locationId));
  await repo.insertDevices(trx, devicesFor(clinicId, locationId));
  const cartridges = cartridgeProductsFor(clinicId, now);
  await repo.insertProducts(trx, cartridges);
  await repo.insertStockLots(trx, cartridgeLotsFor(clinicId, cartridges, day));
  await repo.insertOpeningHours(trx, openingHoursFor(clinicId, locationId));
  await addDemoSchedules(trx, clinicId, locationId, users, now);
  const frontDesk = users.find((u) => u.role === 'front_desk')!;
  const { patients, histories } = demoPatients(clinicId, frontDesk.id, now, day);
  await repo.insertPatients(trx, patients);
  await repo.insertHistories(trx, histories);
  const first = patients[0]!;
  const portalUser = await createUser(trx, {
    clinicId,
    role: 'patient',
    email: PORTAL_PATIENT_EMAIL,
    displayName: `${first.given_name} ${first.family_name}`,
    password: DEMO_PASSWORD,
  });
  await repo.linkPatientUser(trx, clinicId, first.id, portalUser.id);
}

/** 'YYYY-MM-DD' of today + offset, as the clinic's wall calendar shows it. */
function calendarDay(now: Date, timeZone: string): (offsetDays: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (offsetDays) => format.format(new Date(now.getTime() + offsetDays * 86_400_000));
}
