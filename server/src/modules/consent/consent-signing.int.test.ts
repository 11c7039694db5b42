import { createHash } from 'node:crypto';
import type { RenderedConsent } from '@corium/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { signIn } from '../../../test/factories/sign-in';
import {
  call,
  consentWorld,
  countRows,
  drawnSignature,
  publish,
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

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe('signing in the portal', () => {
  it('stores exactly the text read, its hash, the signature, where it came from, and a PDF', async () => {
    const rendered = (
      await call(t, w.patient, 'GET', '/api/portal/consents/render/microneedling')
    ).json<RenderedConsent>();
    expect(rendered.text).toMatch(
      /^Consent to microneedling\n\nI, Test Patient \S+, ask Clinic \S+ to treat me/,
    );
    expect(rendered.text).not.toContain('{{');
    expect(rendered.sha256).toBe(sha256(rendered.text));
    const consent = await signed(signInPortal(t, w.patient, 'microneedling', { typedName: 'Test Patient' }));
    expect(consent).toMatchObject({
      patientId: w.patientId,
      treatment: 'microneedling',
      templateVersionId: rendered.templateVersion.id,
      templateVersion: 1,
      signedVia: 'portal',
      facilitatedBy: null,
      documentSha256: rendered.sha256,
      status: 'valid',
      photoScopes: null,
    });
    const row = await t.deps.db
      .selectFrom('signed_consent')
      .selectAll()
      .where('id', '=', consent.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      rendered_text: rendered.text,
      ip: '127.0.0.1',
      user_agent: 'CoriumTest/1.0 (tablet)',
      typed_name: 'Test Patient',
      signature: drawnSignature,
    });
    expect(row.pdf_sha256).toBe(sha256(row.pdf));
    expect(row.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lets the patient download their PDF, the same bytes every time, matching the recorded hash', async () => {
    const consent = await signed(signInPortal(t, w.patient, 'prp'));
    const first = await call(t, w.patient, 'GET', `/api/portal/consents/${consent.id}/pdf`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toContain(`consent-${consent.id}.pdf`);
    expect(sha256(first.rawPayload)).toBe(consent.pdfSha256);
    const again = await call(
      t,
      w.frontDesk,
      'GET',
      `/api/patients/${w.patientId}/consents/${consent.id}/pdf`,
    );
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    const verified = await call(
      t,
      w.admin,
      'POST',
      `/api/patients/${w.patientId}/consents/${consent.id}/verify`,
    );
    expect(verified.json()).toMatchObject({
      consentId: consent.id,
      valid: true,
      recordedSha256: consent.pdfSha256,
      actualSha256: consent.pdfSha256,
      documentMatches: true,
    });
  });
});

describe('signing on a clinic tablet', () => {
  it('records the staff member who handed the tablet over', async () => {
    const consent = await signed(signOnTablet(t, w.frontDesk, w.patientId, 'rf_microneedling'));
    expect(consent).toMatchObject({
      signedVia: 'tablet',
      facilitatedBy: { displayName: 'Test front_desk' },
      status: 'valid',
    });
    const listed = (await call(t, w.frontDesk, 'GET', `/api/patients/${w.patientId}/consents`)).json();
    expect(
      listed.treatments.find((x: { treatment: string }) => x.treatment === 'rf_microneedling'),
    ).toMatchObject({
      status: 'valid',
      consentId: consent.id,
    });
  });
});

describe('signing what is no longer the text', () => {
  it('refuses a superseded version and a text that changed since it was read, storing nothing', async () => {
    const url = '/api/portal/consents/render/photography';
    const read = (await call(t, w.patient, 'GET', url)).json<RenderedConsent>();
    expect((await publish(t, w.director, 'photography', false)).statusCode).toBe(201);
    const before = await countRows(t, 'signed_consent');
    const superseded = await call(t, w.patient, 'POST', '/api/portal/consents', {
      templateVersionId: read.templateVersion.id,
      typedName: 'Test Patient',
      signature: drawnSignature,
      photoScopes: { clinical_record: true, education: false, marketing: false },
    });
    expect(superseded.statusCode).toBe(409);
    expect(superseded.json().message).toMatch(/changed since it was opened \(now version 2\); read it again/);
    const current = (await call(t, w.patient, 'GET', url)).json<RenderedConsent>();
    const changed = await call(t, w.patient, 'POST', '/api/portal/consents', {
      templateVersionId: current.templateVersion.id,
      typedName: 'Test Patient',
      signature: drawnSignature,
      photoScopes: { clinical_record: true, education: false, marketing: false },
      documentSha256: read.sha256,
    });
    expect(changed.statusCode).toBe(409);
    expect(await countRows(t, 'signed_consent')).toBe(before);
    expect(await countRows(t, 'photo_scope_event')).toBe(0);
  });
});

describe('bad signing input', () => {
  it('gets a 4xx naming the field, and nothing is stored', async () => {
    const other = await createTestClinic(t.deps);
    const otherPatient = await other.addPatient();
    const otherStaff = await signIn(t, (await other.addUser('front_desk')).email);
    const theirs = (
      await call(t, otherStaff, 'GET', `/api/patients/${otherPatient.id}/consents/render/microneedling`)
    ).json<RenderedConsent>();
    const before = await countRows(t, 'signed_consent');
    const cases: [object, number, string][] = [
      [{ signature: { ...drawnSignature, strokes: [] } }, 400, 'signature.strokes'],
      [{ signature: { ...drawnSignature, strokes: [[[10, 10]]] } }, 400, 'signature.strokes'],
      [{ typedName: '   ' }, 400, 'typedName'],
      [{ templateVersionId: '0192f1e2-7c3a-7b4d-8e5f-0a1b2c3d4e5f' }, 400, 'templateVersionId'],
      [{ templateVersionId: theirs.templateVersion.id }, 400, 'templateVersionId'],
      [{ photoScopes: { clinical_record: true, education: false, marketing: false } }, 400, 'photoScopes'],
      [{ patientId: otherPatient.id }, 400, ''],
    ];
    for (const [extra, status, path] of cases) {
      const response = await signInPortal(t, w.patient, 'microneedling', extra);
      expect(response.statusCode, JSON.stringify(extra)).toBe(status);
      if (path) expect(response.json().details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const noScopes = await signOnTablet(t, w.practitioner, w.patientId, 'photography', {
      photoScopes: undefined,
    });
    expect(noScopes.statusCode).toBe(400);
    expect(noScopes.json().message).toBe('Choose how the photos may be used');
    expect(await countRows(t, 'signed_consent')).toBe(before);
  });

  it('keeps every patient to their own consents', async () => {
    const consent = await signed(signInPortal(t, w.patient, 'microneedling'));
    const otherRecord = await w.clinic.addPatient({ withAccount: true });
    const otherPatient = await signIn(t, otherRecord.email!);
    const pdf = await call(t, otherPatient, 'GET', `/api/portal/consents/${consent.id}/pdf`);
    expect(pdf.statusCode).toBe(404);
    const withdraw = await call(t, otherPatient, 'POST', `/api/portal/consents/${consent.id}/withdraw`, {
      reason: 'Not mine',
    });
    expect(withdraw.statusCode).toBe(404);
    const mismatched = await call(
      t,
      w.admin,
      'GET',
      `/api/patients/${otherRecord.id}/consents/${consent.id}/pdf`,
    );
    expect(mismatched.statusCode).toBe(404);
    const staffPath = await call(t, otherPatient, 'GET', `/api/patients/${w.patientId}/consents`);
    expect(staffPath.statusCode).toBe(403);
    const still = (await call(t, w.patient, 'GET', '/api/portal/consents')).json();
    expect(still.consents.find((c: { id: string }) => c.id === consent.id).withdrawnAt).toBeNull();
  });
});

describe('the audit log', () => {
  it('records every read, signature and download of a patient’s consents', async () => {
    const consent = await signed(signOnTablet(t, w.practitioner, w.patientId, 'microneedling'));
    await call(t, w.practitioner, 'GET', `/api/patients/${w.patientId}/consents/${consent.id}/pdf`);
    await call(t, w.practitioner, 'GET', `/api/patients/${w.patientId}/consents`);
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'resource_id', 'details'])
      .where('resource_type', '=', 'consent')
      .where(sql<boolean>`patient_ids @> ARRAY[${w.patientId}]::uuid[]`)
      .orderBy('seq')
      .execute();
    const tail = events.slice(-4).map((e) => [e.action, e.resource_id]);
    expect(tail).toEqual([
      ['read', null],
      ['create', consent.id],
      ['export', consent.id],
      ['read', null],
    ]);
    expect(events.at(-3)!.details).toMatchObject({ treatment: 'microneedling', via: 'tablet' });
  });
});
