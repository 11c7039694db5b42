import type { Workload } from '../lib/types';
import { clinicDay } from './clinic-day';
import { fhirCreate } from './fhir-create';
import { fhirRead, fhirReadSerial } from './fhir-read';
import { fhirSearchAppointments, fhirSearchName } from './fhir-search';

/** The FHIR API under load (issue 12, W1–W4), each against the raw Fastify + pg handler. */
export const fhirWorkloads: Workload[] = [
  fhirRead,
  fhirReadSerial,
  fhirCreate,
  fhirSearchName,
  fhirSearchAppointments,
  clinicDay,
];
