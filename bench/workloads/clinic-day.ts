import type autocannon from 'autocannon';
import {
  appointmentSearchRequest,
  createRequest,
  cyclingIds,
  FHIR_JSON,
  nameSearchRequest,
  readRequest,
  updateRequest,
  type Side,
} from '../fixtures/fhir-requests';
import type { ClinicWorld } from '../lib/clinic-world';
import { clinicSettings, clinicWorkload } from '../lib/http-ab';

const CONNECTIONS = 20;
const P99_LIMIT_MS = 50;
const FIRST_DAY = new Date('2027-01-04T00:00:00Z');

/**
 * Twenty requests that each connection goes through in turn: 14 reads (70 %), 3 searches (15 %:
 * two by name, one practitioner's week), 2 registrations (10 %) and 1 update (5 %), interleaved
 * so that writes never bunch up.
 */
function dayOfRequests(world: ClinicWorld, side: Side): autocannon.Request[] {
  const nextId = cyclingIds(world.patientIds);
  const created = { next: 1_000_000 };
  const updated = { next: 5_000_000 };
  const read = () => readRequest(side, nextId);
  const names = nameSearchRequest(side);
  const appointments = appointmentSearchRequest(side, world.calendar!);
  const create = createRequest(side, created);
  const update = updateRequest(side, cyclingIds([...world.patientIds].reverse()), updated);
  return [
    read(),
    read(),
    names,
    read(),
    create,
    read(),
    read(),
    appointments,
    read(),
    update,
    read(),
    read(),
    names,
    read(),
    read(),
    create,
    read(),
    read(),
    read(),
    read(),
  ];
}

/** W4: a clinic's day of mixed FHIR traffic; the raw handler does the same mix. */
export const clinicDay = clinicWorkload({
  name: 'clinic-day',
  description:
    `W4: a mixed clinic day on the FHIR API, ${CONNECTIONS} connections: 70 % Patient reads, 15 % searches ` +
    '(name; a practitioner’s week of appointments), 10 % Patient creates, 5 % Patient updates, over 25,000 ' +
    'patients and ~19,000 appointments; baseline: the same mix on the raw handler.',
  target: [
    {
      text: 'no errors (non-2xx, socket errors, timeouts)',
      check: (c) => ({ met: c.failures === 0, actual: `${c.failures ?? 'not counted'}` }),
    },
    {
      text: `p99 < ${P99_LIMIT_MS} ms`,
      check: (c) => ({
        met: c.p99Ms !== null && c.p99Ms < P99_LIMIT_MS,
        actual: `${(c.p99Ms ?? NaN).toFixed(1)} ms`,
      }),
    },
  ],
  settings: (ctx) =>
    ctx.mode === 'smoke'
      ? { ...clinicSettings(ctx, CONNECTIONS), durationS: 2 }
      : clinicSettings(ctx, CONNECTIONS, { rounds: 2, durationS: 60 }),
  world: (settings) => ({
    calendar: { practitioners: 50, days: settings.patients < 25_000 ? 14 : 90, firstDay: FIRST_DAY },
  }),
  loads: (world, settings) => {
    const load = { connections: CONNECTIONS, durationS: settings.durationS };
    return {
      contender: {
        label: 'FHIR clinic day',
        load: {
          ...load,
          path: '/fhir/R4/Patient',
          headers: { authorization: `Bearer ${world.token}`, accept: FHIR_JSON },
          requests: dayOfRequests(world, 'contender'),
        },
      },
      baseline: {
        label: 'raw pg clinic day',
        load: { ...load, path: '/patient', requests: dayOfRequests(world, 'baseline') },
      },
    };
  },
  notes: [
    'Every connection cycles through the same 20 requests (14 reads, 2 name searches, 1 appointment search, ' +
      '2 creates, 1 update); each request reads another patient, registers a new one or updates another.',
    'Updates replace the patient’s names, birth date and contact details (a FHIR PUT) without If-Match.',
  ],
});
