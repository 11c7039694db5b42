import type { PatientConsents } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { requireValidConsent } from './consent-validity';
import {
  call,
  consentWorld,
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

const portal = async (): Promise<PatientConsents> =>
  (await call(t, w.patient, 'GET', '/api/portal/consents')).json();
const statusOf = async (treatment: string) =>
  (await portal()).treatments.find((x) => x.treatment === treatment)!;
const requireConsent = (treatment: 'microneedling' | 'prp' | 'rf_microneedling' | 'photography') =>
  t.deps.db
    .transaction()
    .execute((trx) => requireValidConsent(trx, w.clinic.id, w.patientId, treatment, t.clock.now()));

describe('a session needs a valid consent', () => {
  it('is refused with a clear message when the patient has not signed', async () => {
    expect(await statusOf('rf_microneedling')).toMatchObject({ status: 'missing', consentId: null });
    await expect(requireConsent('rf_microneedling')).rejects.toMatchObject({
      code: 'CONSENT_REQUIRED',
      message:
        'The patient has not signed the consent for Radiofrequency (RF) microneedling; they must sign it before the session.',
    });
  });

  it('goes ahead on a signed consent, through edits that are not material', async () => {
    const consent = await signed(signInPortal(t, w.patient, 'microneedling'));
    expect(await requireConsent('microneedling')).toBe(consent.id);
    expect((await publish(t, w.director, 'microneedling', false)).json().materialRevision).toBe(1);
    expect(await requireConsent('microneedling')).toBe(consent.id);
  });

  it('asks for re-signing after a material change, in the portal, and refuses the session until then', async () => {
    const material = await publish(t, w.director, 'microneedling', true);
    expect(material.json()).toMatchObject({ materialRevision: 2 });
    const before = await portal();
    expect(before.treatments.find((x) => x.treatment === 'microneedling')).toMatchObject({
      status: 'needs_resigning',
      currentVersionId: material.json().id,
    });
    expect(before.consents.find((c) => c.treatment === 'microneedling')!.status).toBe('needs_resigning');
    await expect(requireConsent('microneedling')).rejects.toMatchObject({
      code: 'CONSENT_REQUIRED',
      message: expect.stringMatching(
        /has changed materially since \(now version 3\)\. The patient must sign/,
      ),
    });
    const again = await signed(signInPortal(t, w.patient, 'microneedling'));
    expect(again).toMatchObject({ templateVersion: 3, materialRevision: 2, status: 'valid' });
    expect(await requireConsent('microneedling')).toBe(again.id);
    const older = (await portal()).consents
      .filter((c) => c.treatment === 'microneedling')
      .map((c) => c.status);
    expect(older).toEqual(['valid', 'needs_resigning']);
  });

  it('is refused once the patient withdraws, with the withdrawal recorded once', async () => {
    const consent = await signed(signOnTablet(t, w.practitioner, w.patientId, 'prp'));
    expect(await requireConsent('prp')).toBe(consent.id);
    const url = `/api/portal/consents/${consent.id}/withdraw`;
    const withdrawn = await call(t, w.patient, 'POST', url, { reason: 'Changed my mind about blood draws' });
    expect(withdrawn.json()).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Changed my mind about blood draws',
      withdrawnBy: { displayName: 'Test patient' },
    });
    expect((await call(t, w.patient, 'POST', url, { reason: 'Again' })).statusCode).toBe(409);
    await expect(requireConsent('prp')).rejects.toMatchObject({
      code: 'CONSENT_REQUIRED',
      message: expect.stringMatching(/withdrew their consent for Platelet-rich plasma/),
    });
    expect(await statusOf('prp')).toMatchObject({ status: 'withdrawn', consentId: consent.id });
  });
});

describe('withdrawal recorded by staff', () => {
  it('is for clinical staff and the admin, not the front desk', async () => {
    const consent = await signed(signInPortal(t, w.patient, 'rf_microneedling'));
    const url = `/api/patients/${w.patientId}/consents/${consent.id}/withdraw`;
    const body = { reason: 'Patient phoned to withdraw' };
    expect((await call(t, w.frontDesk, 'POST', url, body)).statusCode).toBe(403);
    expect((await call(t, w.practitioner, 'POST', url, { reason: '' })).statusCode).toBe(400);
    const done = await call(t, w.practitioner, 'POST', url, body);
    expect(done.json()).toMatchObject({
      status: 'withdrawn',
      withdrawnBy: { displayName: 'Test practitioner' },
    });
  });
});

describe('countersigning', () => {
  it('is done once, by a practitioner or the medical director', async () => {
    const consent = await signed(signOnTablet(t, w.frontDesk, w.patientId, 'microneedling'));
    const url = `/api/patients/${w.patientId}/consents/${consent.id}/countersign`;
    expect((await call(t, w.frontDesk, 'POST', url)).statusCode).toBe(403);
    const done = await call(t, w.practitioner, 'POST', url);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      countersignedBy: { displayName: 'Test practitioner' },
      status: 'valid',
    });
    expect(done.json().countersignedAt).toBe(t.clock.now().toISOString());
    const twice = await call(t, w.director, 'POST', url);
    expect(twice.statusCode).toBe(409);
  });
});

describe('asking the patient to sign', () => {
  it('shows the request in the portal until the patient signs', async () => {
    const asked = await call(t, w.frontDesk, 'POST', `/api/patients/${w.patientId}/consent-requests`, {
      treatment: 'photography',
    });
    expect(asked.statusCode).toBe(201);
    expect(await statusOf('photography')).toMatchObject({ requested: true, status: 'missing' });
    t.clock.advance(60_000);
    await signed(signInPortal(t, w.patient, 'photography'));
    expect(await statusOf('photography')).toMatchObject({ requested: false, status: 'valid' });
    const unknown = await call(t, w.frontDesk, 'POST', `/api/patients/${w.patientId}/consent-requests`, {
      treatment: 'botox',
    });
    expect(unknown.statusCode).toBe(400);
  });
});
