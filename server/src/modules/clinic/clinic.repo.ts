import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';

export const findFirstClinic = (db: Executor) =>
  db
    .selectFrom('clinic')
    .select(['id', 'name', 'time_zone'])
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();

export const findClinicById = (db: Executor, clinicId: string) =>
  db.selectFrom('clinic').select(['id', 'name', 'time_zone']).where('id', '=', clinicId).executeTakeFirst();

export const insertClinic = (db: Executor, clinic: { id: string; name: string; time_zone: string }) =>
  db.insertInto('clinic').values(clinic).returning(['id', 'name', 'time_zone']).executeTakeFirstOrThrow();

export const insertLocation = (
  db: Executor,
  location: { id: string; clinic_id: string; name: string; time_zone: string; address?: string | null },
) => db.insertInto('location').values(location).execute();

// Serialises concurrent onboarding submissions so that only one can create the first clinic.
const ONBOARDING_LOCK_KEY = 7_042_025_002;
export const lockOnboarding = (trx: Trx) =>
  sql`SELECT pg_advisory_xact_lock(${ONBOARDING_LOCK_KEY})`.execute(trx);

export const findUserForWelcome = (db: Executor, userId: string) =>
  db
    .selectFrom('app_user as u')
    .innerJoin('clinic as c', 'c.id', 'u.clinic_id')
    .select(['u.email', 'u.display_name', 'c.name as clinic_name'])
    .where('u.id', '=', userId)
    .executeTakeFirst();

export const listClinics = (db: Executor) =>
  db.selectFrom('clinic').select(['id', 'name']).orderBy('created_at').execute();
