import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { toAppointment, toCarePlan, toDevice, toLocation, toPractitionerRole } from './booking.mapper';
import { searchsetBundle } from './bundle';
import { capabilityStatement } from './capability';
import {
  derivedId,
  patientOfDerivedId,
  toAllergyIntolerances,
  toConditions,
  toFitzpatrickObservations,
  toMedicationStatements,
  toQuestionnaireResponse,
} from './clinical.mapper';
import { toConsent } from './consent.mapper';
import { resourceDefinitions } from './fhir-registry';
import { fromFhirPatient, toFhirPatient } from './patient.mapper';
import { r4Problems } from './r4-conformance';

const patientId = '0193b3c4-0000-7000-8000-000000000001';
const at = new Date('2026-12-01T09:30:00Z');
const valid = (resource: object) => expect(r4Problems(resource as never)).toEqual([]);

const patientRow = {
  id: patientId,
  given_name: 'Adaeze',
  family_name: 'Okafor',
  date_of_birth: '1988-02-29',
  sex: 'female' as const,
  email: 'adaeze@example.test',
  phone: null,
  preferred_language: 'pt-BR',
  address: '1 High Street, Leeds',
  emergency_contact: { name: 'Chidi Okafor', phone: '+44 113 496 0000', relationship: 'Brother' },
  merged_into: null,
  updated_at: at,
  version: 4,
};

describe('Patient', () => {
  it('maps the record with its version and reads it back as registration fields', () => {
    const patient = toFhirPatient(patientRow);
    valid(patient);
    expect(patient).toMatchObject({
      meta: { versionId: '4', lastUpdated: at.toISOString() },
      name: [{ family: 'Okafor', given: ['Adaeze'] }],
      telecom: [{ system: 'email', value: 'adaeze@example.test' }],
      contact: [
        { name: { text: 'Chidi Okafor' }, relationship: [{ coding: [{ code: 'C' }], text: 'Brother' }] },
      ],
    });
    expect(fromFhirPatient(patient)).toEqual({
      givenName: 'Adaeze',
      familyName: 'Okafor',
      dateOfBirth: '1988-02-29',
      sex: 'female',
      email: 'adaeze@example.test',
      phone: null,
      address: '1 High Street, Leeds',
      preferredLanguage: 'pt-BR',
    });
  });

  it('links a merged record to the one that replaced it', () => {
    const merged = toFhirPatient({ ...patientRow, merged_into: '0193b3c4-0000-7000-8000-000000000002' });
    expect(merged).toMatchObject({ active: false, link: [{ type: 'replaced-by' }] });
    valid(merged);
  });

  it('refuses anything but a Patient', () => {
    expect(() => fromFhirPatient({ resourceType: 'Practitioner' })).toThrow(AppError);
  });

  it('refuses a wrongly shaped element with a 400 naming it, not a TypeError', () => {
    expect(() => fromFhirPatient({ resourceType: 'Patient', telecom: [null] })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'Patient.telecom.0' })],
      }),
    );
  });
});

describe('intake answers', () => {
  const history = {
    id: '0193b3c4-0000-7000-8000-00000000000a',
    patient_id: patientId,
    version: 2,
    answers: {
      anticoagulants: true,
      bleeding_supplements: false,
      isotretinoin_last_dose: 'current',
      allergies: ['lidocaine', 'Sticking plasters'],
      recent_procedures: [{ kind: 'superficial_peel', date: '2026-10-01' }],
      botulinum_toxin_last_date: null,
      fitzpatrick_type: 4,
    },
    entered_at: at,
    source: 'patient' as const,
  };

  it('keeps every answer under its canonical question id', () => {
    const response = toQuestionnaireResponse(history);
    valid(response);
    const item = (id: string) =>
      (response.item as { linkId: string; answer?: unknown }[]).find((i) => i.linkId === id);
    expect(item('anticoagulants')!.answer).toEqual([{ valueBoolean: true }]);
    expect(item('recent_procedures')!.answer).toEqual([{ valueString: 'superficial_peel on 2026-10-01' }]);
    expect(item('fitzpatrick_type')!.answer).toEqual([{ valueInteger: 4 }]);
    expect(item('botulinum_toxin_last_date')!.answer).toBeUndefined();
  });

  it('derives allergies and medicines with stable ids', () => {
    const allergies = toAllergyIntolerances(history);
    allergies.forEach(valid);
    expect(allergies.map((a) => a.code)).toEqual([
      expect.objectContaining({ text: 'Lidocaine (numbing cream)' }),
      { text: 'Sticking plasters' },
    ]);
    expect(allergies[0]!.verificationStatus).toMatchObject({ coding: [{ code: 'unconfirmed' }] });
    expect(toAllergyIntolerances({ ...history, version: 3 })[0]!.id).toBe(allergies[0]!.id);
    const medicines = toMedicationStatements(history);
    medicines.forEach(valid);
    expect(medicines.map((m) => m.status)).toEqual(['active', 'active']);
    expect(patientOfDerivedId(medicines[0]!.id)).toBe(patientId);
    expect(patientOfDerivedId(patientId)).toBeNull();
  });
});

describe('clinic, booking and consent resources', () => {
  it('all pass the R4 checks', () => {
    const fields = { id: patientId, fitzpatrick_type: 5, concerns: ['acne_scars'], updated_at: at };
    const resources = [
      ...toConditions(fields),
      ...toFitzpatrickObservations(fields),
      toPractitionerRole({
        id: patientId,
        display_name: 'Dr Rahman',
        email: 'r@example.test',
        role: 'medical_director',
        disabled_at: null,
        location_ids: [],
      }),
      toLocation({
        id: patientId,
        name: 'Room 1',
        part_of: patientId,
        address: null,
        time_zone: null,
        kind: 'treatment',
        active: true,
      }),
      toDevice({
        id: patientId,
        kind: 'cartridge_lot',
        name: 'Nano 36',
        serial: null,
        lot_number: 'L-778',
        expires_on: '2027-03-31',
        status: null,
        location_id: null,
      }),
      toAppointment({
        id: patientId,
        patient_id: patientId,
        location_id: patientId,
        status: 'no_show',
        starts_at: at,
        ends_at: new Date(at.getTime() + 30 * 60_000),
        created_at: at,
        cancellation_reason: null,
        service_code: 'consultation',
        service_name: 'Consultation',
        series_id: null,
        session_number: null,
        resources: [{ role: 'practitioner', roomId: null, deviceId: null, practitionerId: patientId }],
      }),
      toCarePlan({
        id: patientId,
        patient_id: patientId,
        concerns: ['acne_scars'],
        modality: 'microneedling',
        sessions: 3,
        interval_days: 42,
        notes: null,
        status: 'stopped',
        created_at: at,
        appointment_ids: [],
      }),
      toConsent(
        {
          id: patientId,
          patient_id: patientId,
          treatment: 'photography',
          title: 'Photography',
          signed_at: at,
          withdrawn_at: at,
          photo_scopes: { clinical_record: true, marketing: false },
        },
        'https://clinic.example/api/portal/consents/x/pdf',
      ),
    ];
    resources.forEach(valid);
    expect(resources.map((r) => r.status).filter(Boolean)).toEqual([
      'final',
      'active',
      'active',
      'noshow',
      'revoked',
      'inactive',
    ]);
    expect(resources.find((r) => r.resourceType === 'CarePlan')!.addresses).toEqual([
      { reference: `Condition/${derivedId(patientId, 'concern:acne_scars')}` },
    ]);
  });
});

describe('CapabilityStatement and Bundle', () => {
  it('lists every definition with its search parameters and passes the R4 checks', () => {
    const statement = capabilityStatement(resourceDefinitions, [], {
      baseUrl: 'https://clinic.example/fhir/R4',
      version: '1.0.0',
      date: at.toISOString(),
    });
    valid(statement);
    expect(statement.rest[0]!.resource).toHaveLength(resourceDefinitions.length);
  });

  it('links to the next page only while there is one', () => {
    const search = { criteria: new Map(), count: 2, offset: 2, ignored: [] };
    const bundle = searchsetBundle(
      'https://c.example/fhir/R4',
      'Patient',
      { name: 'ana', _count: '2' },
      search,
      {
        resources: [toFhirPatient(patientRow)],
        total: 3,
        more: false,
      },
    );
    valid(bundle);
    expect(bundle.link).toEqual([
      { relation: 'self', url: 'https://c.example/fhir/R4/Patient?name=ana&_count=2&_offset=2' },
      { relation: 'previous', url: 'https://c.example/fhir/R4/Patient?name=ana&_count=2&_offset=0' },
    ]);
    expect(bundle.entry?.[0]!.fullUrl).toBe(`https://c.example/fhir/R4/Patient/${patientId}`);
  });
});

describe('r4Problems', () => {
  it('finds what R4 forbids', () => {
    expect(r4Problems({ resourceType: 'Appointment', id: 'bad id!', participant: [] })).toEqual(
      expect.arrayContaining([
        'Appointment.id is not a FHIR id',
        'Appointment.status is required',
        'Appointment.participant: empty values are not allowed in FHIR JSON',
      ]),
    );
    expect(
      r4Problems({ resourceType: 'Patient', gender: 'f', link: [{ other: { reference: 'nope' } }] }),
    ).toHaveLength(2);
    expect(
      r4Problems({
        resourceType: 'Condition',
        subject: { reference: 'Patient/1' },
        code: { coding: [{ code: 'x' }] },
      }),
    ).toEqual(['Condition.code.coding[0]: a coding needs its system']);
  });
});
