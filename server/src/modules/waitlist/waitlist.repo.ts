import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type {
  WaitlistEntryStatus,
  WaitlistEntryTable,
  WaitlistOfferStatus,
  WaitlistOfferTable,
} from '../../platform/db/waitlist-schema';

export const insertEntry = (trx: Trx, row: Insertable<WaitlistEntryTable>) =>
  trx.insertInto('waitlist_entry').values(row).execute();

const entryQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('waitlist_entry as e')
    .innerJoin('patient as p', 'p.id', 'e.patient_id')
    .innerJoin('service as s', 's.id', 'e.service_id')
    .innerJoin('location as l', 'l.id', 'e.location_id')
    .leftJoin('app_user as u', 'u.id', 'e.practitioner_id')
    .leftJoin('waitlist_offer as o', (join) =>
      join.onRef('o.entry_id', '=', 'e.id').on('o.status', '=', 'open'),
    )
    .selectAll('e')
    .select([
      'p.given_name',
      'p.family_name',
      's.name as service_name',
      'l.name as location_name',
      'u.display_name as practitioner_name',
      'o.id as offer_id',
      'o.starts_at as offer_start',
      'o.expires_at as offer_expires_at',
    ])
    .where('e.clinic_id', '=', clinicId);
export type EntryRow = Awaited<ReturnType<ReturnType<typeof entryQuery>['execute']>>[number];

/** Staff's list: waiting and offered unless a status is asked for, oldest first. */
export function listEntries(
  db: Executor,
  clinicId: string,
  filter: { locationId?: string; serviceId?: string; status?: WaitlistEntryStatus; patientId?: string },
) {
  let query = entryQuery(db, clinicId);
  if (filter.locationId) query = query.where('e.location_id', '=', filter.locationId);
  if (filter.serviceId) query = query.where('e.service_id', '=', filter.serviceId);
  if (filter.patientId) query = query.where('e.patient_id', '=', filter.patientId);
  query = filter.status
    ? query.where('e.status', '=', filter.status)
    : filter.patientId
      ? query
      : query.where('e.status', 'in', ['waiting', 'offered']);
  return query.orderBy('e.created_at').orderBy('e.id').execute();
}

export const findEntry = (db: Executor, clinicId: string, patientId: string, entryId: string) =>
  entryQuery(db, clinicId)
    .where('e.patient_id', '=', patientId)
    .where('e.id', '=', entryId)
    .executeTakeFirst();

export const lockEntry = (trx: Trx, clinicId: string, entryId: string) =>
  trx
    .selectFrom('waitlist_entry')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', entryId)
    .forUpdate()
    .executeTakeFirst();

export const setEntryStatus = (
  trx: Trx,
  clinicId: string,
  entryId: string,
  status: WaitlistEntryStatus,
  at: Date,
) =>
  trx
    .updateTable('waitlist_entry')
    .set({ status, closed_at: status === 'booked' || status === 'withdrawn' ? at : null })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', entryId)
    .execute();

/** Waiting entries for a service at a location, locked so two offers never pick the same one. */
export const waitingEntries = (trx: Trx, clinicId: string, serviceId: string, locationId: string) =>
  trx
    .selectFrom('waitlist_entry as e')
    .innerJoin('patient as p', 'p.id', 'e.patient_id')
    .selectAll('e')
    .select('p.email as patient_email')
    .where('e.clinic_id', '=', clinicId)
    .where('e.service_id', '=', serviceId)
    .where('e.location_id', '=', locationId)
    .where('e.status', '=', 'waiting')
    .where('p.merged_into', 'is', null)
    .orderBy('e.created_at')
    .forUpdate('e')
    .execute();

/** The cancelled visit whose time is offered, with its zone and what it held (released now). */
export const freedAppointment = (db: Executor, clinicId: string, appointmentId: string) =>
  db
    .selectFrom('appointment as a')
    .innerJoin('location as l', 'l.id', 'a.location_id')
    .select([
      'a.id',
      'a.patient_id',
      'a.service_id',
      'a.location_id',
      'a.status',
      'a.starts_at',
      'a.ends_at',
      'l.time_zone',
      (eb) =>
        eb
          .selectFrom('appointment_resource as r')
          .select('r.practitioner_id')
          .whereRef('r.appointment_id', '=', 'a.id')
          .where('r.practitioner_id', 'is not', null)
          .limit(1)
          .as('practitioner_id'),
    ])
    .where('a.clinic_id', '=', clinicId)
    .where('a.id', '=', appointmentId)
    .executeTakeFirst();

/** Role → resource the cancelled visit held: what an offer asks booking for again. */
export const freedAssignment = (db: Executor, clinicId: string, appointmentId: string) =>
  db
    .selectFrom('appointment_resource')
    .select(['role_key', 'resource_id'])
    .distinct()
    .where('clinic_id', '=', clinicId)
    .where('appointment_id', '=', appointmentId)
    .execute();

/** Whether anything now holds a resource the cancelled visit held, at the time it held it. */
export async function freedTimeRetaken(
  db: Executor,
  clinicId: string,
  appointmentId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('appointment_resource as f')
    .innerJoin('appointment_resource as o', (join) =>
      join
        .onRef('o.resource_id', '=', 'f.resource_id')
        .on('o.active', '=', true)
        .on(sql<boolean>`o.during && f.during`),
    )
    .select('o.id')
    .where('f.clinic_id', '=', clinicId)
    .where('o.clinic_id', '=', clinicId)
    .where('f.appointment_id', '=', appointmentId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Patients already offered this freed time (whatever they answered). */
export async function offeredPatients(
  trx: Trx,
  clinicId: string,
  freedAppointmentId: string,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('waitlist_offer as o')
    .innerJoin('waitlist_entry as e', 'e.id', 'o.entry_id')
    .select('e.patient_id')
    .where('o.clinic_id', '=', clinicId)
    .where('o.freed_appointment_id', '=', freedAppointmentId)
    .execute();
  return rows.map((r) => r.patient_id);
}

export const hasOpenOffer = async (trx: Trx, clinicId: string, freedAppointmentId: string) =>
  (await trx
    .selectFrom('waitlist_offer')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('freed_appointment_id', '=', freedAppointmentId)
    .where('status', '=', 'open')
    .executeTakeFirst()) !== undefined;

export const insertOffer = (trx: Trx, row: Insertable<WaitlistOfferTable>) =>
  trx.insertInto('waitlist_offer').values(row).execute();

const offerQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('waitlist_offer as o')
    .innerJoin('waitlist_entry as e', 'e.id', 'o.entry_id')
    .innerJoin('appointment as a', 'a.id', 'o.freed_appointment_id')
    .innerJoin('service as s', 's.id', 'a.service_id')
    .innerJoin('location as l', 'l.id', 'a.location_id')
    .innerJoin('patient as p', 'p.id', 'e.patient_id')
    .innerJoin('clinic as c', 'c.id', 'o.clinic_id')
    .selectAll('o')
    .select([
      'e.patient_id',
      'a.service_id',
      'a.location_id',
      'a.ends_at',
      's.name as service_name',
      'l.name as location_name',
      'l.time_zone',
      'p.email as patient_email',
      'p.given_name',
      'c.name as clinic_name',
      (eb) =>
        eb
          .selectFrom('appointment_resource as r')
          .innerJoin('app_user as u', 'u.id', 'r.practitioner_id')
          .select('u.display_name')
          .whereRef('r.appointment_id', '=', 'o.freed_appointment_id')
          .limit(1)
          .as('practitioner_name'),
    ])
    .where('o.clinic_id', '=', clinicId);
export type OfferRow = Awaited<ReturnType<ReturnType<typeof offerQuery>['execute']>>[number];

export const findOffer = (db: Executor, clinicId: string, offerId: string) =>
  offerQuery(db, clinicId).where('o.id', '=', offerId).executeTakeFirst();

/** The offer an e-mail job is about; the job carries no clinic, so the offer's own is used. */
export const findOfferForMail = async (db: Executor, offerId: string) => {
  const row = await db
    .selectFrom('waitlist_offer')
    .select('clinic_id')
    .where('id', '=', offerId)
    .executeTakeFirst();
  return row ? findOffer(db, row.clinic_id, offerId) : undefined;
};

export const lockOffer = (trx: Trx, clinicId: string, offerId: string) =>
  trx
    .selectFrom('waitlist_offer')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', offerId)
    .forUpdate()
    .executeTakeFirst();

export const closeOffer = (
  trx: Trx,
  clinicId: string,
  offerId: string,
  change: { status: Exclude<WaitlistOfferStatus, 'open'>; at: Date; appointmentId?: string },
) =>
  trx
    .updateTable('waitlist_offer')
    .set({ status: change.status, responded_at: change.at, appointment_id: change.appointmentId ?? null })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', offerId)
    .execute();
