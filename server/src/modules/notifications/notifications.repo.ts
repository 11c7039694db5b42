import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { NotificationLogTable } from '../../platform/db/notifications-schema';

/** A visit as a message about it needs it, with where the patient can be reached. */
export const visitsForNotice = (db: Executor, clinicId: string, appointmentIds: string[]) =>
  db
    .selectFrom('appointment as a')
    .innerJoin('patient as p', (j) =>
      j.onRef('p.id', '=', 'a.patient_id').onRef('p.clinic_id', '=', 'a.clinic_id'),
    )
    .innerJoin('location as l', (j) =>
      j.onRef('l.id', '=', 'a.location_id').onRef('l.clinic_id', '=', 'a.clinic_id'),
    )
    .innerJoin('service as s', (j) =>
      j.onRef('s.id', '=', 'a.service_id').onRef('s.clinic_id', '=', 'a.clinic_id'),
    )
    .innerJoin('clinic as c', 'c.id', 'a.clinic_id')
    .select([
      'a.id',
      'a.patient_id',
      'a.status',
      'a.starts_at',
      'a.ends_at',
      'p.given_name',
      'p.family_name',
      'p.email',
      'p.phone',
      'l.name as location_name',
      'l.address as location_address',
      'l.time_zone',
      's.name as service_name',
      's.modality',
      'c.name as clinic_name',
    ])
    .where('a.clinic_id', '=', clinicId)
    .where('a.id', 'in', appointmentIds)
    .orderBy('a.starts_at')
    .execute();
export type VisitRow = Awaited<ReturnType<typeof visitsForNotice>>[number];

/** Where a patient can be reached, for their preferences screen. */
export const patientContact = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient')
    .select(['id', 'email', 'phone'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();

/** The patient behind a portal account. */
export const patientOfUser = (db: Executor, clinicId: string, userId: string) =>
  db
    .selectFrom('patient')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .where('merged_into', 'is', null)
    .executeTakeFirst();

export const findPreference = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('notification_preference')
    .select(['email', 'sms', 'updated_at'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst();

export const savePreference = (
  trx: Trx,
  row: { clinicId: string; patientId: string; email: boolean; sms: boolean; by: string; at: Date },
) =>
  trx
    .insertInto('notification_preference')
    .values({
      clinic_id: row.clinicId,
      patient_id: row.patientId,
      email: row.email,
      sms: row.sms,
      updated_by: row.by,
      updated_at: row.at,
    })
    .onConflict((oc) =>
      oc.columns(['clinic_id', 'patient_id']).doUpdateSet({
        email: row.email,
        sms: row.sms,
        updated_by: row.by,
        updated_at: row.at,
      }),
    )
    .execute();

/** A new visit's invite starts at SEQUENCE 0. */
export const startInvite = (trx: Trx, clinicId: string, appointmentId: string) =>
  trx
    .insertInto('appointment_invite')
    .values({ clinic_id: clinicId, appointment_id: appointmentId, sequence: 0 })
    .onConflict((oc) => oc.columns(['clinic_id', 'appointment_id']).doNothing())
    .execute();

/** The next SEQUENCE of a visit's invite, after it moved or was cancelled: 1, 2, 3 … */
export async function nextInviteSequence(trx: Trx, clinicId: string, appointmentId: string): Promise<number> {
  const row = await trx
    .insertInto('appointment_invite')
    .values({ clinic_id: clinicId, appointment_id: appointmentId, sequence: 1 })
    .onConflict((oc) =>
      oc.columns(['clinic_id', 'appointment_id']).doUpdateSet((eb) => ({
        sequence: eb('appointment_invite.sequence', '+', 1),
      })),
    )
    .returning('sequence')
    .executeTakeFirstOrThrow();
  return row.sequence;
}

export const recordSent = (trx: Trx, rows: Insertable<NotificationLogTable>[]) =>
  trx
    .insertInto('notification_log')
    .values(rows)
    .onConflict((oc) => oc.columns(['outbox_id', 'appointment_id']).doNothing())
    .execute();

/** What was sent to a patient, newest first; 500 rows is years of visits. */
export const listSent = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('notification_log')
    .select([
      'id',
      'appointment_id',
      'channel',
      'kind',
      'status',
      'at',
      'recipient',
      'detail',
      'pre_care_version',
    ])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
