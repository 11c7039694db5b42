import { newId } from '../src/platform/ids';
import {
  addAftercareStock,
  signedSession,
  type SessionWorld,
} from '../src/modules/aftercare/aftercare-test-kit';
import { defaultTimeline } from '../src/modules/aftercare/timeline/default-timeline';
import type { MatrixFixtures } from './authorization-fixtures';
import type { MatrixRow } from './authorization-matrix';

/**
 * Aftercare in the authorization matrix. Clinicians act on alerts, plans and adverse events;
 * admins read (and keep the on-call list); the medical director publishes the timeline; a
 * patient reaches only their own recovery and check-ins. Each call about one alert, plan,
 * check-in or adverse event gets a fresh one, made from a signed session of the URL's patient.
 */
const readers = { admin: true, medical_director: true, practitioner: true } as const;
const clinical = { medical_director: true, practitioner: true } as const;
const readersOf = {
  admin: ['own', 'other'],
  medical_director: ['own', 'other'],
  practitioner: ['own', 'other'],
} as const;
const clinicalOf = { medical_director: ['own', 'other'], practitioner: ['own', 'other'] } as const;

export const aftercareMatrix: MatrixRow[] = [
  { route: 'GET /api/aftercare/timeline', allow: readers },
  { route: 'GET /api/aftercare/timeline/versions', allow: readers },
  { route: 'POST /api/aftercare/timeline/versions', allow: { medical_director: true } },
  { route: 'GET /api/aftercare/settings', allow: readers },
  { route: 'PUT /api/aftercare/settings', allow: { admin: true, medical_director: true } },
  { route: 'GET /api/aftercare/dashboard', allow: readers },
  { route: 'POST /api/aftercare/alerts/:alertId/acknowledge', allow: clinical },
  { route: 'POST /api/aftercare/alerts/:alertId/resolve', allow: clinical },
  { route: 'GET /api/patients/:patientId/aftercare', allow: readersOf },
  { route: 'POST /api/patients/:patientId/aftercare/plans/:planId/cancel', allow: clinicalOf },
  { route: 'POST /api/patients/:patientId/adverse-events', allow: clinicalOf },
  { route: 'GET /api/patients/:patientId/adverse-events/:eventId/report', allow: readersOf },
  { route: 'GET /api/patients/:patientId/adverse-events/:eventId/report.pdf', allow: readersOf },
  { route: 'GET /api/portal/aftercare', allow: { patient: true } },
  { route: 'GET /api/portal/aftercare/check-ins/:checkInId', allow: { patient: true } },
  { route: 'POST /api/portal/aftercare/check-ins/:checkInId', allow: { patient: true } },
];

const worlds = new WeakMap<MatrixFixtures, Promise<SessionWorld>>();
/** Sessions made so far: each is 5 minutes long and 6 minutes before the last (no two overlap). */
let sessions = 0;

async function worldOf(f: MatrixFixtures): Promise<SessionWorld> {
  if (!worlds.has(f))
    worlds.set(
      f,
      addAftercareStock(f.t, f.clinicA.id, f.ids.user).then(({ products, ...lots }) => ({
        clinicId: f.clinicA.id,
        bookable: f.bookable,
        practitionerId: f.ids.user,
        lots,
        products,
      })),
    );
  return worlds.get(f)!;
}

/**
 * A signed session of the patient, treated about two and a quarter days ago: whatever the hour,
 * one of its day-1, day-2 or day-3 check-ins (back to back, 24 h each) is open now.
 */
async function freshSession(f: MatrixFixtures, patientId: string): Promise<string> {
  const startedAt = new Date(f.t.clock.now().getTime() - 54 * 3_600_000 + sessions++ * 6 * 60_000);
  return signedSession(f.t, await worldOf(f), { patientId, startedAt, minutes: 5 });
}

const planOf = (f: MatrixFixtures, sessionId: string) =>
  f.t.deps.db
    .selectFrom('aftercare_plan')
    .select('id')
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();

async function openCheckIn(f: MatrixFixtures, sessionId: string): Promise<string> {
  const now = f.t.clock.now();
  const row = await f.t.deps.db
    .selectFrom('aftercare_check_in')
    .select('id')
    .where('plan_id', '=', (await planOf(f, sessionId)).id)
    .where('opens_at', '<=', now)
    .where('closes_at', '>', now)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function freshAlert(f: MatrixFixtures): Promise<string> {
  const sessionId = await freshSession(f, f.ids.ownPatientOfPatient);
  const checkInId = await openCheckIn(f, sessionId);
  const response = await f.t.app.inject({
    method: 'POST',
    url: `/api/portal/aftercare/check-ins/${checkInId}`,
    headers: f.browsers.patient.headers,
    payload: checkInBody(),
  });
  if (response.statusCode !== 200) throw new Error(`check-in: ${response.body}`);
  const alert = await f.t.deps.db
    .selectFrom('aftercare_alert')
    .select('id')
    .where('check_in_id', '=', checkInId)
    .executeTakeFirstOrThrow();
  return alert.id;
}

/** The session the next adverse-event body names: made for the URL's patient. */
let adverseEventSession = '';

async function freshAdverseEvent(f: MatrixFixtures, patientId: string): Promise<string> {
  const sessionId = await freshSession(f, patientId);
  const response = await f.t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/adverse-events`,
    headers: f.browsers.medical_director.headers,
    payload: { ...adverseEventBody(), sessionId },
  });
  if (response.statusCode !== 201) throw new Error(`adverse event: ${response.body}`);
  return response.json<{ id: string }>().id;
}

/** Fills :alertId, :planId, :eventId and :checkInId; `patientId` is null for another clinic's patient. */
export async function withAftercareIds(
  f: MatrixFixtures,
  path: string,
  patientId: string | null,
): Promise<string> {
  let url = path;
  if (url.includes(':alertId')) url = url.replace(':alertId', await freshAlert(f));
  if (url.includes(':planId'))
    url = url.replace(
      ':planId',
      patientId ? (await planOf(f, await freshSession(f, patientId))).id : newId(),
    );
  if (url.includes(':eventId'))
    url = url.replace(':eventId', patientId ? await freshAdverseEvent(f, patientId) : newId());
  if (url.includes(':checkInId'))
    url = url.replace(':checkInId', await openCheckIn(f, await freshSession(f, f.ids.ownPatientOfPatient)));
  if (url.endsWith('/adverse-events') && patientId) adverseEventSession = await freshSession(f, patientId);
  return url;
}

/** Swelling 3 on any of days 1–3 is above the expected course: a review alert, nothing more. */
const checkInBody = () => ({
  answers: {
    effects: { redness: 1, swelling: 3, pain: 0, itching: 0, flaking: 0, bruising: 0 },
    redFlags: Object.fromEntries(
      ['breathing_or_lip_swelling', 'pus_or_crusts', 'fever', 'spreading_redness', 'pain_increasing']
        .concat(['grouped_blisters', 'eye_symptoms', 'feeling_very_unwell', 'darkening_patches'])
        .map((id) => [id, false]),
    ),
  },
});

const adverseEventBody = () => ({
  sessionId: adverseEventSession,
  term: 'post_inflammatory_hyperpigmentation',
  description: 'Brown patches on both cheeks (matrix).',
  onsetDay: 2,
  severityGrade: 1,
  seriousness: [],
  treatmentGiven: 'Sun protection',
  outcome: 'recovering',
  causality: 'possible',
});

export const aftercareBodies = (
  fixtures: () => MatrixFixtures,
): Record<string, () => object | Promise<object>> => ({
  'POST /api/aftercare/timeline/versions': () => ({
    changeNote: 'Matrix: the default again',
    timeline: defaultTimeline,
  }),
  'PUT /api/aftercare/settings': () => ({
    onCallUserIds: [fixtures().ids.user],
    responseMinutes: { review: 4320, urgent: 120, emergency: 15 },
  }),
  'POST /api/aftercare/alerts/:alertId/acknowledge': () => ({}),
  'POST /api/aftercare/alerts/:alertId/resolve': () => ({ note: 'Called the patient (matrix).' }),
  'POST /api/patients/:patientId/aftercare/plans/:planId/cancel': () => ({ reason: 'Matrix cancellation' }),
  'POST /api/patients/:patientId/adverse-events': adverseEventBody,
  'POST /api/portal/aftercare/check-ins/:checkInId': checkInBody,
});
