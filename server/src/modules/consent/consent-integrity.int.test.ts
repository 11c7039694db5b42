import type { ConsentVerification, PhotoScope, PhotoScopeState } from '@corium/contracts';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { consentCommand } from '../../cli/consent-command';
import { UsageError } from '../../cli/usage-error';
import type { WithRuntime } from '../../cli/with-runtime';
import {
  call,
  consentWorld,
  signed,
  signInPortal,
  signOnTablet,
  type ConsentWorld,
} from './consent-test-kit';

let t: TestApp;
let w: ConsentWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await consentWorld(t);
});
afterAll(() => t.close());
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const scopes = async (): Promise<Record<PhotoScope, PhotoScopeState>> =>
  Object.fromEntries(
    (await call(t, w.patient, 'GET', '/api/portal/consents'))
      .json<{ photoScopes: PhotoScopeState[] }>()
      .photoScopes.map((s) => [s.scope, s]),
  ) as Record<PhotoScope, PhotoScopeState>;

describe('photo-use scopes', () => {
  it('come from the photography consent, and a revocation applies at once', async () => {
    expect((await scopes()).marketing).toMatchObject({ granted: false, changedAt: null });
    const consent = await signed(
      signInPortal(t, w.patient, 'photography', {
        photoScopes: { clinical_record: true, education: true, marketing: true },
      }),
    );
    expect(consent.photoScopes).toEqual({ clinical_record: true, education: true, marketing: true });
    expect((await scopes()).marketing).toMatchObject({ granted: true, consentId: consent.id });
    t.clock.advance(1000);
    const revoked = await call(t, w.patient, 'PUT', '/api/portal/photo-scopes', {
      scope: 'marketing',
      granted: false,
    });
    expect(revoked.json().photoScopes.find((s: PhotoScopeState) => s.scope === 'marketing')).toMatchObject({
      granted: false,
      changedAt: t.clock.now().toISOString(),
      changedBy: 'Test patient',
    });
    expect((await scopes()).marketing.granted).toBe(false);
    expect((await scopes()).education.granted).toBe(true);
    const regranted = await call(t, w.frontDesk, 'PUT', `/api/patients/${w.patientId}/photo-scopes`, {
      scope: 'marketing',
      granted: true,
    });
    expect(regranted.statusCode).toBe(200);
    expect((await scopes()).marketing).toMatchObject({ granted: true, changedBy: 'Test front_desk' });
  });

  it('are all taken back when the photography consent is withdrawn, and cannot be given without one', async () => {
    const consent = (await call(t, w.patient, 'GET', '/api/portal/consents'))
      .json()
      .consents.find((c: { treatment: string }) => c.treatment === 'photography');
    const withdrawn = await call(
      t,
      w.practitioner,
      'POST',
      `/api/patients/${w.patientId}/consents/${consent.id}/withdraw`,
      {
        reason: 'Patient asked at reception',
      },
    );
    expect(withdrawn.json().status).toBe('withdrawn');
    const now = await scopes();
    expect(Object.values(now).map((s) => s.granted)).toEqual([false, false, false]);
    const events = await t.deps.db
      .selectFrom('photo_scope_event')
      .select(['scope', 'granted', 'cause'])
      .where('patient_id', '=', w.patientId)
      .where('cause', '=', 'withdrawn')
      .execute();
    expect(events.map((e) => e.scope).sort()).toEqual(['clinical_record', 'education', 'marketing']);
    const grant = await call(t, w.patient, 'PUT', '/api/portal/photo-scopes', {
      scope: 'education',
      granted: true,
    });
    expect(grant.statusCode).toBe(409);
    expect(grant.json()).toMatchObject({ error: 'CONSENT_REQUIRED' });
    expect(grant.json().message).toMatch(/withdrew their consent for Clinical photography/);
    expect((await scopes()).education.granted).toBe(false);
  });
});

/** `corium consent verify` run against this test's database, with its output captured. */
async function runVerify(consentId: string): Promise<{ out: string; err: string; exitCode: unknown }> {
  const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const withRuntime: WithRuntime = async (_env, work) => work({ deps: t.deps, close: async () => undefined });
  await consentCommand(['verify', consentId], withRuntime);
  const text = (spy: typeof out) => spy.mock.calls.map((c) => c.join(' ')).join('\n');
  return { out: text(out), err: text(err), exitCode: process.exitCode };
}

/** What an attacker with database access could do: switch the guard off, change a row, switch it on. */
async function tamper(consentId: string, change: string): Promise<void> {
  await sql`ALTER TABLE signed_consent DISABLE TRIGGER signed_consent_immutable`.execute(t.deps.db);
  try {
    await sql`UPDATE signed_consent SET ${sql.raw(change)} WHERE id = ${consentId}`.execute(t.deps.db);
  } finally {
    await sql`ALTER TABLE signed_consent ENABLE TRIGGER signed_consent_immutable`.execute(t.deps.db);
  }
}

describe('verifying a signed consent', () => {
  it('passes for an untouched record, in the app and on the command line', async () => {
    const consent = await signed(signOnTablet(t, w.practitioner, w.patientId, 'microneedling'));
    const run = await runVerify(consent.id);
    expect(run).toMatchObject({ exitCode: undefined, err: '' });
    expect(run.out).toContain(`Consent ${consent.id} OK`);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['actor_user_id', 'clinic_id', 'details'])
      .where('resource_id', '=', consent.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_user_id: null, clinic_id: w.clinic.id, details: { verified: true } });
  });

  it('fails for a tampered PDF or text, naming what differs', async () => {
    const consent = await signed(signOnTablet(t, w.practitioner, w.patientId, 'rf_microneedling'));
    await tamper(consent.id, `pdf = pdf || '\\x0a'::bytea`);
    const url = `/api/patients/${w.patientId}/consents/${consent.id}/verify`;
    const result = (await call(t, w.admin, 'POST', url)).json<ConsentVerification>();
    expect(result).toMatchObject({ valid: false, recordedSha256: consent.pdfSha256, documentMatches: true });
    expect(result.actualSha256).not.toBe(consent.pdfSha256);
    const run = await runVerify(consent.id);
    expect(run.exitCode).toBe(2);
    expect(run.err).toContain(`Consent ${consent.id} MISMATCH`);
    expect(run.err).toContain(`recorded ${consent.pdfSha256}`);

    await tamper(consent.id, `rendered_text = replace(rendered_text, 'burns', 'warmth')`);
    const text = (await call(t, w.admin, 'POST', url)).json<ConsentVerification>();
    expect(text).toMatchObject({
      valid: false,
      documentMatches: false,
      recordedDocumentSha256: consent.documentSha256,
    });
    expect((await runVerify(consent.id)).err).toContain('signed text SHA-256');
  });

  it('is for admins only, and the command refuses what is not a consent id', async () => {
    const consent = await signed(signInPortal(t, w.patient, 'prp'));
    const url = `/api/patients/${w.patientId}/consents/${consent.id}/verify`;
    expect((await call(t, w.practitioner, 'POST', url)).statusCode).toBe(403);
    const withRuntime: WithRuntime = async () => undefined;
    await expect(consentCommand(['verify', 'not-an-id'], withRuntime)).rejects.toBeInstanceOf(UsageError);
    await expect(consentCommand(['check', consent.id], withRuntime)).rejects.toBeInstanceOf(UsageError);
  });
});

describe('a signed consent in the database', () => {
  it('cannot be changed or deleted; a countersignature or withdrawal is added once', async () => {
    const consent = await signed(signInPortal(t, w.patient, 'microneedling'));
    const run = (query: ReturnType<typeof sql>) => query.execute(t.deps.db);
    await expect(
      run(sql`UPDATE signed_consent SET typed_name = 'Someone else' WHERE id = ${consent.id}`),
    ).rejects.toThrow(/cannot be changed/);
    await expect(run(sql`UPDATE signed_consent SET pdf = '\\x00' WHERE id = ${consent.id}`)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(run(sql`DELETE FROM signed_consent WHERE id = ${consent.id}`)).rejects.toThrow(
      /never deleted/,
    );
    await expect(run(sql`TRUNCATE signed_consent CASCADE`)).rejects.toThrow(/append-only/);
    const countersign = await call(
      t,
      w.practitioner,
      'POST',
      `/api/patients/${w.patientId}/consents/${consent.id}/countersign`,
    );
    expect(countersign.statusCode).toBe(200);
    await expect(
      run(
        sql`UPDATE signed_consent SET countersigned_at = countersigned_at + interval '1 day' WHERE id = ${consent.id}`,
      ),
    ).rejects.toThrow(/countersigned_at is already recorded/);
  });

  it('moves with its photo-use history to the surviving record when duplicates are merged', async () => {
    const duplicate = await w.clinic.addPatient();
    const survivor = await w.clinic.addPatient();
    const consent = await signed(signOnTablet(t, w.practitioner, duplicate.id, 'photography'));
    const merged = await call(t, w.admin, 'POST', `/api/patients/${survivor.id}/merge`, {
      duplicateId: duplicate.id,
      reason: 'Registered twice at the desk',
    });
    expect(merged.statusCode).toBe(200);
    const moved = (await call(t, w.practitioner, 'GET', `/api/patients/${survivor.id}/consents`)).json();
    expect(moved.consents.map((c: { id: string }) => c.id)).toEqual([consent.id]);
    expect(moved.photoScopes.every((s: PhotoScopeState) => s.granted && s.consentId === consent.id)).toBe(
      true,
    );
    const verified = await call(
      t,
      w.admin,
      'POST',
      `/api/patients/${survivor.id}/consents/${consent.id}/verify`,
    );
    expect(verified.json().valid).toBe(true);
    const left = (await call(t, w.practitioner, 'GET', `/api/patients/${duplicate.id}/consents`)).json();
    expect(left.consents).toEqual([]);
  });
});
