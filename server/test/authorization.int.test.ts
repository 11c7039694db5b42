import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/modules/identity/tokens.service';
import { newId } from '../src/platform/ids';
import { authorizationMatrix, type Caller, type MatrixRow, type Target } from './authorization-matrix';
import { buildTestApp, type TestApp } from './build-test-app';
import { createTestClinic } from './factories/clinic.factory';
import { signIn, type Browser } from './factories/sign-in';

let t: TestApp;
const callers: Caller[] = ['admin', 'medical_director', 'practitioner', 'front_desk', 'patient'];
const browsers = {} as Record<Caller, Browser>;
/** One screening per patient, for the routes about a screening. */
const screenings: Record<string, string> = {};
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(t.clock.now());
const plannedTreatment = () => ({
  date: today(),
  modality: 'microneedling',
  zones: ['cheeks'],
  maxDepthMm: 1,
});
let ids: {
  own: string;
  other: string;
  ownPatientOfPatient: string;
  otherClinicPatient: string;
  user: string;
  otherClinicUser: string;
};

beforeAll(async () => {
  t = await buildTestApp();
  const a = await createTestClinic(t.deps);
  const b = await createTestClinic(t.deps);
  for (const role of callers.filter((c) => c !== 'patient'))
    browsers[role] = await signIn(t, (await a.addUser(role)).email);
  const patientOwn = await a.addPatient({ withAccount: true });
  browsers.patient = await signIn(t, patientOwn.email!);
  ids = {
    own: (await a.addPatient()).id,
    other: (await a.addPatient()).id,
    ownPatientOfPatient: patientOwn.id,
    otherClinicPatient: (await b.addPatient()).id,
    user: (await a.addUser('practitioner')).id,
    otherClinicUser: (await b.addUser('practitioner')).id,
  };
  for (const patientId of [ids.own, ids.other, ids.ownPatientOfPatient]) {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/patients/${patientId}/screenings`,
      headers: browsers.medical_director.headers,
      payload: { plannedTreatment: plannedTreatment() },
    });
    screenings[patientId] = response.json().id;
  }
});
afterAll(() => t.close());

type Scenario = { caller: Caller | 'anonymous'; target: Target | 'other_clinic' | 'none' };

async function url(row: MatrixRow, s: Scenario): Promise<string> {
  const path = row.route.split(' ')[1]!;
  const patient =
    s.target === 'other_clinic'
      ? ids.otherClinicPatient
      : s.caller === 'patient' && s.target === 'own'
        ? ids.ownPatientOfPatient
        : s.target === 'other'
          ? ids.other
          : ids.own;
  const user = s.target === 'other_clinic' ? ids.otherClinicUser : ids.user;
  const tokenOwner = s.target === 'other_clinic' ? 'b' : 'a';
  return path
    .replace(':patientId', patient)
    .replace(':userId', user)
    .replace(':screeningId', screenings[patient] ?? newId())
    .replace(':tokenId', path.includes(':tokenId') ? await freshToken(tokenOwner) : '');
}

/** Each revoke consumes a token, so every call gets one of its own. */
async function freshToken(clinic: 'a' | 'b'): Promise<string> {
  const email =
    clinic === 'a'
      ? browsers.admin.state.state === 'signed_in' && browsers.admin.state.current.user.email
      : undefined;
  const owner =
    email ||
    (
      await t.deps.db
        .selectFrom('app_user')
        .select('email')
        .where('id', '=', ids.otherClinicUser)
        .executeTakeFirstOrThrow()
    ).email;
  await createApiToken(t.deps, { email: owner, name: 'matrix', expiresInDays: 1 });
  const row = await t.deps.db
    .selectFrom('api_token')
    .select('id')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.id;
}

const bodies: Record<string, () => object> = {
  'POST /api/users/invitations': () => ({
    email: `${newId()}@invited.test`,
    displayName: 'New Colleague',
    role: 'practitioner',
  }),
  'PATCH /api/users/:userId': () => ({ isPrescriber: true }),
  'POST /api/patients': () => ({
    givenName: 'Matrix',
    familyName: newId(),
    dateOfBirth: '1985-03-03',
    sex: 'female',
    confirmNotDuplicate: true,
  }),
  'PATCH /api/patients/:patientId': () => ({ phone: '+44 20 7946 0000' }),
  'POST /api/patients/:patientId/medical-history': () => ({ answers: { anticoagulants: false } }),
  'PUT /api/portal/intake/draft': () => ({ answers: { anticoagulants: false } }),
  'POST /api/portal/intake': () => ({ answers: { anticoagulants: false } }),
  'POST /api/screening/rule-set/versions': () => ({
    basedOn: 'corium-default-2026.11',
    reason: 'Authorization matrix: a new version of the rules',
    changes: [{ kind: 'depth_cap', zone: 'neck', mm: 0.75 }],
  }),
  'POST /api/patients/:patientId/screenings': () => ({ plannedTreatment: plannedTreatment() }),
  'POST /api/patients/:patientId/screenings/day-of': () => ({
    attestedBy: 'practitioner',
    changed: false,
    plannedTreatment: plannedTreatment(),
  }),
  // Factory patients take anticoagulants: C16 needs a prescriber's override.
  'POST /api/patients/:patientId/screenings/:screeningId/overrides': () => ({
    ruleId: 'C16',
    reason: 'Reviewed with the patient: bleeding risk accepted.',
  }),
  'POST /api/screening/evaluate': () => ({
    answers: {},
    dateOfBirth: '1990-01-01',
    plannedTreatment: { date: '2026-12-01', modality: 'microneedling', zones: ['cheeks'], maxDepthMm: 1 },
  }),
};

function expected(row: MatrixRow, s: Scenario): boolean {
  if (s.caller === 'anonymous' || s.target === 'other_clinic') return false;
  const allowed = row.allow[s.caller];
  if (allowed === undefined) return false;
  return allowed === true || (s.target !== 'none' && allowed.includes(s.target));
}

function scenarios(row: MatrixRow): Scenario[] {
  const aboutOne = /:(patientId|userId|tokenId)/.test(row.route);
  const targets = row.route.includes(':patientId')
    ? (['own', 'other', 'other_clinic'] as const)
    : aboutOne
      ? (['none', 'other_clinic'] as const)
      : (['none'] as const);
  return [...callers, 'anonymous' as const].flatMap((caller) =>
    targets.map((target) => ({ caller, target })),
  );
}

describe('authorization matrix', () => {
  it('covers every protected route the app registers', () => {
    const registered = t.app.routePolicies
      .filter((r) => 'roles' in r.policy && [r.method].flat()[0] !== 'HEAD')
      .map((r) => `${[r.method].flat()[0]} ${r.url}`);
    expect([...new Set(registered)].sort()).toEqual(authorizationMatrix.map((r) => r.route).sort());
  });

  for (const row of authorizationMatrix) {
    it(`${row.route}: allows exactly what the table says`, async () => {
      const surprises: string[] = [];
      for (const s of scenarios(row)) {
        const [method] = row.route.split(' ');
        const headers = s.caller === 'anonymous' ? {} : browsers[s.caller].headers;
        const response = await t.app.inject({
          method: method as 'GET',
          url: await url(row, s),
          headers,
          payload: bodies[row.route]?.(),
        });
        const allowed = response.statusCode < 300;
        if (allowed !== expected(row, s))
          surprises.push(`${s.caller} → ${s.target}: ${response.statusCode} ${response.body.slice(0, 120)}`);
        if (!allowed && ![401, 403, 404].includes(response.statusCode))
          surprises.push(`${s.caller} → ${s.target}: unexpected ${response.statusCode}`);
        if (s.caller === 'anonymous' && response.statusCode !== 401)
          surprises.push(`anonymous → ${s.target}: ${response.statusCode}`);
      }
      expect(surprises).toEqual([]);
    });
  }

  it('ignores or refuses attempts to smuggle ownership in a body', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${ids.user}`,
      headers: browsers.admin.headers,
      payload: { role: 'practitioner', clinicId: newId(), patientId: ids.otherClinicPatient },
    });
    expect(response.statusCode).toBe(400);
    const invite = await t.app.inject({
      method: 'POST',
      url: '/api/users/invitations',
      headers: browsers.admin.headers,
      payload: { ...bodies['POST /api/users/invitations']!(), role: 'patient' },
    });
    expect(invite.statusCode).toBe(400);
  });
});
