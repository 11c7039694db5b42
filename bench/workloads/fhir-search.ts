import {
  appointmentSearchRequest,
  FHIR_JSON,
  NAME_QUERIES,
  nameSearchRequest,
} from '../fixtures/fhir-requests';
import { clinicSettings, clinicWorkload, throughputGoal } from '../lib/http-ab';

const CONNECTIONS = 10;
/** A Monday; 90 days from it cross no change of UK clock time. */
const FIRST_DAY = new Date('2027-01-04T00:00:00Z');

/** W3a: FHIR `Patient?name=`, against the same condition as one raw SQL statement. */
export const fhirSearchName = clinicWorkload({
  name: 'fhir-search-name',
  description:
    'W3: GET /fhir/R4/Patient?name=… (accent- and case-insensitive prefix of given or family name, first page ' +
    `of 20 and the total) over 25,000 patients, ${CONNECTIONS} connections; baseline: the same condition, order ` +
    'and page as one raw SQL statement in the raw handler (no total, auth, audit or mapping).',
  target: [throughputGoal(0.33)],
  settings: (ctx) => clinicSettings(ctx, CONNECTIONS),
  loads: (world, settings) => ({
    contender: {
      label: 'FHIR Patient?name=',
      load: {
        path: '/fhir/R4/Patient',
        connections: CONNECTIONS,
        durationS: settings.durationS,
        headers: { authorization: `Bearer ${world.token}`, accept: FHIR_JSON },
        requests: [nameSearchRequest('contender')],
      },
    },
    baseline: {
      label: 'raw pg name search',
      load: {
        path: '/patient',
        connections: CONNECTIONS,
        durationS: settings.durationS,
        requests: [nameSearchRequest('baseline')],
      },
    },
  }),
  notes: [
    `Names searched in turn: ${NAME_QUERIES.join(', ')} — from a tenth of the clinic to ten patients.`,
    'Issue 11 (Patient search by name with 10,000 patients): this workload answers it with 25,000.',
  ],
});

/** W3b: one practitioner's week of appointments, FHIR against raw SQL. */
export const fhirSearchAppointments = clinicWorkload({
  name: 'fhir-search-appointments',
  description:
    'W3: GET /fhir/R4/Appointment?practitioner=…&date=ge…&date=lt… (one practitioner’s week) over 90 days × 50 ' +
    `practitioners (~19,000 appointments), ${CONNECTIONS} connections; baseline: the same rows by one raw SQL ` +
    'statement in the raw handler.',
  target: [throughputGoal(0.33)],
  settings: (ctx) => clinicSettings(ctx, CONNECTIONS),
  world: (settings) => ({
    calendar: { practitioners: 50, days: settings.patients < 25_000 ? 14 : 90, firstDay: FIRST_DAY },
  }),
  loads: (world, settings) => {
    const calendar = world.calendar!;
    const load = { connections: CONNECTIONS, durationS: settings.durationS };
    return {
      contender: {
        label: 'FHIR Appointment?practitioner&date',
        load: {
          ...load,
          path: '/fhir/R4/Appointment',
          headers: { authorization: `Bearer ${world.token}`, accept: FHIR_JSON },
          requests: [appointmentSearchRequest('contender', calendar)],
        },
      },
      baseline: {
        label: 'raw pg appointment search',
        load: { ...load, path: '/appointment', requests: [appointmentSearchRequest('baseline', calendar)] },
      },
    };
  },
  notes: [
    'Each search is one practitioner’s week (about 30 appointments; the first page of 20, with the total, ' +
      'each with its resources). Five 45-minute slots a day, Sundays closed, one patient per appointment.',
    'Issue 11 (Appointment search by date): this workload searches by date and practitioner together.',
  ],
});
