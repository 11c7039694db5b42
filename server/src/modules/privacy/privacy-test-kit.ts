import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import pino from 'pino';
import type { TestApp } from '../../../test/build-test-app';
import { allJobs } from '../../jobs';
import { createDrainer } from '../../platform/jobs/worker';
import { fhirWorld, type FhirWorld } from '../fhir/fhir-test-kit';
import { createApiToken } from '../identity/tokens.service';

/**
 * What the privacy tests share: the FHIR world (a patient with a portal account and every kind
 * of data, bearer tokens for every role) and a second admin, whose copies the first may not take.
 */
export interface PrivacyWorld extends FhirWorld {
  otherAdminToken: string;
}

export type Caller = keyof FhirWorld['tokens'] | 'otherAdmin';

/** Tokens that outlive a copy's seven days, so expiry can be tested. */
const monthToken = async (t: TestApp, email: string) =>
  (await createApiToken(t.deps, { email, name: 'privacy', expiresInDays: 30 })).token;

export async function privacyWorld(t: TestApp): Promise<PrivacyWorld> {
  const w = await fhirWorld(t);
  const admin = await w.clinic.addUser('admin');
  const patient = await t.deps.db
    .selectFrom('patient')
    .innerJoin('app_user', 'app_user.id', 'patient.user_id')
    .select('app_user.email')
    .where('patient.id', '=', w.patientId)
    .executeTakeFirstOrThrow();
  return {
    ...w,
    tokens: { ...w.tokens, patient: await monthToken(t, patient.email) },
    otherAdminToken: await monthToken(t, admin.email),
  };
}

export const api = (
  t: TestApp,
  w: PrivacyWorld,
  caller: Caller,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${caller === 'otherAdmin' ? w.otherAdminToken : w.tokens[caller]}` },
    ...(payload ? { payload } : {}),
  });

/** Runs every job that is due now, as the worker would. */
export const drain = (t: TestApp) =>
  createDrainer({
    db: t.deps.db,
    deps: t.deps,
    jobs: allJobs,
    log: pino({ level: 'silent' }),
    clock: t.clock,
    pollMs: 50,
  }).drain();

/** The audit events about a patient of one resource type, oldest first. */
export const auditOf = (t: TestApp, patientId: string, resourceType: string) =>
  t.deps.db
    .selectFrom('audit_event')
    .select(['action', 'actor_user_id', 'details', 'outcome'])
    .where('resource_type', '=', resourceType)
    .where(sql<boolean>`patient_ids @> ARRAY[${patientId}]::uuid[]`)
    .orderBy('seq')
    .execute();
