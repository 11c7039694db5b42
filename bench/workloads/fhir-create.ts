import { createRequest, FHIR_JSON } from '../fixtures/fhir-requests';
import { clinicSettings, clinicWorkload, throughputGoal } from '../lib/http-ab';

const CONNECTIONS = 10;

/** W2: registering patients through FHIR, against the raw INSERT. */
export const fhirCreate = clinicWorkload({
  name: 'fhir-create',
  description:
    'W2: POST /fhir/R4/Patient with a bearer token (FHIR mapping, validation, duplicate check, insert, audit ' +
    `event), ${CONNECTIONS} connections, into a clinic of 25,000 patients; baseline: raw Fastify + pg INSERT ` +
    'of the same fields (no auth, checks or audit).',
  target: [throughputGoal(0.33)],
  settings: (ctx) => clinicSettings(ctx, CONNECTIONS),
  loads: (world, settings) => {
    // Numbered per side for the whole run, so that no leg registers a patient twice.
    const counters = { contender: { next: 1 }, baseline: { next: 1 } };
    const load = { connections: CONNECTIONS, durationS: settings.durationS };
    return {
      contender: {
        label: 'FHIR Patient create',
        load: {
          ...load,
          path: '/fhir/R4/Patient',
          headers: { authorization: `Bearer ${world.token}`, accept: FHIR_JSON },
          requests: [createRequest('contender', counters.contender)],
        },
      },
      baseline: {
        label: 'raw pg INSERT',
        load: { ...load, path: '/patient', requests: [createRequest('baseline', counters.baseline)] },
      },
    };
  },
  notes: [
    'Each Corium create maps the FHIR Patient, validates it with the registration schema, looks for possible ' +
      'duplicates (same birth date and a similar name, the same e-mail, or the same phone digits), inserts, ' +
      'appends an audit event under the clinic’s chain lock, commits, then reads the new row back for the answer.',
    'Every new patient has random names and its own e-mail and phone, so no request is refused as a duplicate.',
  ],
});
