import type { Executor } from '../../platform/db/database';

/**
 * Read-only SQL over other modules' tables for a patient's printed summary (as the FHIR module
 * keeps its own read-only repos). Never writes; every query filters by clinic and patient.
 */

export const findSubject = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient')
    .innerJoin('clinic', 'clinic.id', 'patient.clinic_id')
    .select([
      'clinic.name as clinic_name',
      'clinic.time_zone',
      'patient.given_name',
      'patient.family_name',
      'patient.date_of_birth',
      'patient.sex',
      'patient.email',
      'patient.phone',
      'patient.address',
      'patient.preferred_language',
    ])
    .where('patient.clinic_id', '=', clinicId)
    .where('patient.id', '=', patientId)
    .executeTakeFirst();

export const latestHistory = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('medical_history')
    .select(['version', 'answers', 'entered_at', 'source'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('entered_at', 'desc')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

export const screenings = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('screening_evaluation')
    .select(['created_at', 'occasion', 'outcome', 'rule_set_version'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('created_at')
    .execute();

export const consents = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('signed_consent')
    .select(['id', 'treatment', 'signed_at', 'withdrawn_at', 'pdf_sha256'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('signed_at')
    .execute();

export const appointments = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('appointment')
    .innerJoin('service', (join) =>
      join
        .onRef('service.id', '=', 'appointment.service_id')
        .onRef('service.clinic_id', '=', 'appointment.clinic_id'),
    )
    .innerJoin('location', 'location.id', 'appointment.location_id')
    .select([
      'appointment.starts_at',
      'appointment.status',
      'service.name as service',
      'location.name as location',
    ])
    .where('appointment.clinic_id', '=', clinicId)
    .where('appointment.patient_id', '=', patientId)
    .orderBy('appointment.starts_at')
    .execute();

export const treatmentSessions = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('treatment_session')
    .select(['started_at', 'modality', 'session_number', 'signed_at'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .orderBy('started_at')
    .execute();

/** The user who asked for a copy, as the photos module reads photos on their behalf. */
export const requester = (db: Executor, clinicId: string, userId: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'role', 'email', 'display_name', 'is_prescriber'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
