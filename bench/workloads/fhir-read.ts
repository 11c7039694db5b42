import { cyclingIds, FHIR_JSON, readRequest } from '../fixtures/fhir-requests';
import { clinicSettings, clinicWorkload, cpuGoal, throughputGoal } from '../lib/http-ab';
import type { Workload } from '../lib/types';

function readWorkload(name: string, connections: number): Workload {
  return clinicWorkload({
    name,
    description:
      `W1: GET /fhir/R4/Patient/{id} with a bearer token (auth, audit event, FHIR mapping) over 25,000 ` +
      `patients, ${connections} connection${connections > 1 ? 's' : ''}; baseline: raw Fastify + pg ` +
      'SELECT of the same row by id (no auth, audit or mapping).',
    target: [throughputGoal(0.5), cpuGoal(2)],
    settings: (ctx) => clinicSettings(ctx, connections),
    loads: (world, settings) => ({
      contender: {
        label: 'FHIR Patient read',
        load: {
          path: '/fhir/R4/Patient',
          connections,
          durationS: settings.durationS,
          headers: { authorization: `Bearer ${world.token}`, accept: FHIR_JSON },
          requests: [readRequest('contender', cyclingIds(world.patientIds))],
        },
      },
      baseline: {
        label: 'raw pg SELECT by id',
        load: {
          path: '/patient',
          connections,
          durationS: settings.durationS,
          requests: [readRequest('baseline', cyclingIds(world.patientIds))],
        },
      },
    }),
    notes: [
      'Each Corium read authenticates the token (a SELECT; its last use is written once a minute), reads the patient ' +
        'in a transaction (the row, then the search total: a read is a search by _id) and appends an audit ' +
        'event to the clinic’s hash chain under an advisory lock before the commit.',
      'Issue 11 (Patient read by id on a seeded PostgreSQL with 10,000 patients): this workload answers it ' +
        'with 25,000 patients.',
    ],
  });
}

export const fhirRead = readWorkload('fhir-read', 10);
export const fhirReadSerial = readWorkload('fhir-read-c1', 1);
