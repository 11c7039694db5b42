import { clearIntakeAnswers } from '@corium/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/build-test-app';
import { createTestClinic } from '../../../test/factories/clinic.factory';
import { bookingWorld, consultation, type BookingWorld } from '../booking/booking-test-kit';
import { ensureDefaultTemplates } from '../consent/consent-templates.service';
import { drawnSignature } from '../consent/consent-test-kit';
import { createApiToken } from '../identity/tokens.service';
import { recordTreatment, type TreatmentRecord } from './fhir-clinical-test-kit';

/**
 * What the FHIR integration tests share: a bookable clinic (booking-test-kit) with an admin and
 * a patient who has a portal account, bearer tokens for every caller, and for that patient a
 * record with every kind of data FHIR maps — intake answers with allergies and medicines,
 * concerns and a Fitzpatrick type, a treatment series, a booked consultation, a signed consent.
 */
export interface FhirWorld extends BookingWorld {
  tokens: Record<'admin' | 'medical_director' | 'practitioner' | 'front_desk' | 'patient', string>;
  /** The patient with a portal account and every kind of data. */
  patientId: string;
  /** A second patient of the same clinic, with nothing but a record. */
  otherPatientId: string;
  /** A patient of another clinic. */
  foreignPatientId: string;
  appointmentId: string;
  seriesId: string;
  consentId: string;
  /** The patient's signed session and what followed it (fhir-clinical-test-kit). */
  treatment: TreatmentRecord;
}

const token = async (t: TestApp, email: string) =>
  (await createApiToken(t.deps, { email, name: 'fhir test', expiresInDays: 1 })).token;

export const fhir = (
  t: TestApp,
  bearer: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  options: { payload?: object; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> =>
  t.app.inject({
    method,
    url: `/fhir/R4${url}`,
    headers: { authorization: `Bearer ${bearer}`, ...options.headers },
    ...(options.payload ? { payload: options.payload } : {}),
  });

async function ok(response: Promise<LightMyRequestResponse>, status = 201): Promise<{ id: string }> {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer.json<{ id: string }>();
}

async function recordEverything(t: TestApp, w: BookingWorld, patientId: string) {
  const call = (browser: typeof w.director, method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, headers: browser.headers, payload });
  await ok(
    call(w.practitioner, 'POST', `/api/patients/${patientId}/medical-history`, {
      answers: {
        ...clearIntakeAnswers,
        allergies: ['nickel', 'Latex gloves'],
        anticoagulants: true,
        isotretinoin_last_dose: '2025-01-10',
      },
    }),
  );
  await ok(
    call(w.director, 'PATCH', `/api/patients/${patientId}`, {
      concerns: ['acne_scars', 'texture'],
      fitzpatrickType: 3,
    }),
    200,
  );
  const series = await ok(
    call(w.practitioner, 'POST', `/api/patients/${patientId}/treatment-series`, {
      concerns: ['acne_scars'],
      modality: 'microneedling',
      plannedDepthMm: { cheeks: 1 },
    }),
  );
  const appointment = await ok(
    call(w.frontDesk, 'POST', `/api/patients/${patientId}/appointments`, consultation(w)),
  );
  await t.deps.db.transaction().execute((trx) => ensureDefaultTemplates(trx, w.clinic.id, t.clock.now()));
  const rendered = await t.app.inject({
    method: 'GET',
    url: `/api/patients/${patientId}/consents/render/microneedling`,
    headers: w.frontDesk.headers,
  });
  const consent = await ok(
    call(w.frontDesk, 'POST', `/api/patients/${patientId}/consents`, {
      templateVersionId: rendered.json().templateVersion.id,
      typedName: 'Test Patient',
      signature: drawnSignature,
    }),
  );
  return { seriesId: series.id, appointmentId: appointment.id, consentId: consent.id };
}

export async function fhirWorld(t: TestApp): Promise<FhirWorld> {
  const w = await bookingWorld(t);
  const admin = await w.clinic.addUser('admin');
  const own = await w.clinic.addPatient({ withAccount: true });
  const other = await w.clinic.addPatient();
  const foreign = await (await createTestClinic(t.deps)).addPatient();
  const emails = async (role: 'medical_director' | 'practitioner') =>
    (
      await t.deps.db
        .selectFrom('app_user')
        .select('email')
        .where('clinic_id', '=', w.clinic.id)
        .where('role', '=', role)
        .executeTakeFirstOrThrow()
    ).email;
  const tokens = {
    admin: await token(t, admin.email),
    medical_director: await token(t, await emails('medical_director')),
    practitioner: await token(t, await emails('practitioner')),
    front_desk: await token(t, w.frontDeskEmail),
    patient: await token(t, own.email!),
  };
  const recorded = await recordEverything(t, w, own.id);
  const treatment = await recordTreatment(t, w, { own: own.id, other: other.id });
  return {
    treatment,
    ...w,
    tokens,
    patientId: own.id,
    otherPatientId: other.id,
    foreignPatientId: foreign.id,
    ...recorded,
  };
}

/** The resources of a searchset Bundle. */
export const entries = <T = Record<string, unknown>>(response: LightMyRequestResponse): T[] =>
  (response.json<{ entry: { resource: T }[] }>().entry ?? []).map((e) => e.resource);
