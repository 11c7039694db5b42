import type { ConsentTreatment, RenderedConsent, SignedConsent } from '@corium/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../test/build-test-app';
import { createTestClinic, type TestClinic } from '../../../test/factories/clinic.factory';
import { signIn, type Browser } from '../../../test/factories/sign-in';

/**
 * What the consent integration tests share: a clinic with one user of each role, a patient with
 * a portal account, and signing as the browser does it (read the text, then sign it).
 */

/** A zigzag drawn with a finger: long enough to count as a signature. */
export const drawnSignature = {
  width: 400,
  height: 150,
  strokes: [
    [
      [20, 110],
      [80, 30],
      [140, 120],
      [220, 40],
      [300, 100],
    ],
  ],
};

export const photoChoices = { clinical_record: true, education: true, marketing: true };

export interface ConsentWorld {
  clinic: TestClinic;
  admin: Browser;
  director: Browser;
  practitioner: Browser;
  frontDesk: Browser;
  patient: Browser;
  patientId: string;
}

export async function consentWorld(t: TestApp): Promise<ConsentWorld> {
  const clinic = await createTestClinic(t.deps);
  const staff = async (role: 'admin' | 'medical_director' | 'practitioner' | 'front_desk') =>
    signIn(t, (await clinic.addUser(role)).email);
  const record = await clinic.addPatient({ withAccount: true });
  return {
    clinic,
    admin: await staff('admin'),
    director: await staff('medical_director'),
    practitioner: await staff('practitioner'),
    frontDesk: await staff('front_desk'),
    patient: await signIn(t, record.email!),
    patientId: record.id,
  };
}

type Method = 'GET' | 'POST' | 'PUT';

export const call = (
  t: TestApp,
  browser: Browser,
  method: Method,
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> =>
  t.app.inject({
    method,
    url,
    headers: { ...browser.headers, 'user-agent': 'CoriumTest/1.0 (tablet)' },
    ...(payload ? { payload } : {}),
  });

/** Reads the current text in the portal and signs it; returns the signing response. */
export async function signInPortal(
  t: TestApp,
  patient: Browser,
  treatment: ConsentTreatment,
  extra: object = {},
): Promise<LightMyRequestResponse> {
  const rendered = (
    await call(t, patient, 'GET', `/api/portal/consents/render/${treatment}`)
  ).json<RenderedConsent>();
  return call(t, patient, 'POST', '/api/portal/consents', {
    templateVersionId: rendered.templateVersion.id,
    typedName: 'Test Patient',
    signature: drawnSignature,
    documentSha256: rendered.sha256,
    ...(treatment === 'photography' ? { photoScopes: photoChoices } : {}),
    ...extra,
  });
}

/** The patient signs on a staff member's tablet. */
export async function signOnTablet(
  t: TestApp,
  staff: Browser,
  patientId: string,
  treatment: ConsentTreatment,
  extra: object = {},
): Promise<LightMyRequestResponse> {
  const url = `/api/patients/${patientId}/consents`;
  const rendered = (await call(t, staff, 'GET', `${url}/render/${treatment}`)).json<RenderedConsent>();
  return call(t, staff, 'POST', url, {
    templateVersionId: rendered.templateVersion.id,
    typedName: 'Test Patient',
    signature: drawnSignature,
    ...(treatment === 'photography' ? { photoScopes: photoChoices } : {}),
    ...extra,
  });
}

export async function signed(response: Promise<LightMyRequestResponse>): Promise<SignedConsent> {
  const done = await response;
  if (done.statusCode !== 201) throw new Error(`signing failed: ${done.statusCode} ${done.body}`);
  return done.json<SignedConsent>();
}

/** Publishes a new version of a treatment's template as the medical director. */
export async function publish(
  t: TestApp,
  director: Browser,
  treatment: ConsentTreatment,
  material: boolean,
): Promise<LightMyRequestResponse> {
  const { templates } = (await call(t, director, 'GET', '/api/consent/templates')).json<{
    templates: { id: string; treatment: string; current: { version: number; title: string; body: string } }[];
  }>();
  const template = templates.find((x) => x.treatment === treatment)!;
  return call(t, director, 'POST', `/api/consent/templates/${template.id}/versions`, {
    basedOnVersion: template.current.version,
    title: template.current.title,
    body: `${template.current.body}\n\n${material ? 'PRP may now be added.' : 'A typo fixed.'}`,
    material,
    changeNote: material ? 'PRP added to the protocol' : 'Typo',
  });
}

export const countRows = async (
  t: TestApp,
  table: 'signed_consent' | 'photo_scope_event' | 'consent_template_version' | 'consent_request',
): Promise<number> =>
  Number(
    (
      await t.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
