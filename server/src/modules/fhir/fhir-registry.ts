import { anyone, anyStaff } from '../../platform/auth/policy';
import { toAppointment, toDevice, toLocation, toPractitioner, toPractitionerRole } from './booking.mapper';
import {
  toAllergyIntolerances,
  toConditions,
  toMedicationStatements,
  toQuestionnaireResponse,
} from './clinical.mapper';
import { toConsent } from './consent.mapper';
import { toFhirPatient } from './patient.mapper';
import { searchAppointments } from './fhir-booking.repo';
import { clinicalFields, latestHistories, searchHistories } from './fhir-clinical.repo';
import { clinicalDefinitions } from './fhir-registry-clinical';
import { searchConsents } from './fhir-consent.repo';
import { searchEquipment, searchPlaces, searchPractitioners } from './fhir-directory.repo';
import { searchPatients } from './fhir-patients.repo';
import type { FhirScope, ResourceDefinition } from './fhir-resource';
import {
  clinicalAndPatient,
  define,
  derived,
  idParam,
  lastUpdated,
  mapped,
  p,
  patientParam,
  subjectParam,
} from './fhir-registry-kit';
import { uncounted } from './search-page';

const consentPdfUrl = (scope: FhirScope, patientId: string, consentId: string): string =>
  scope.patientId === null
    ? `${scope.origin}/api/patients/${patientId}/consents/${consentId}/pdf`
    : `${scope.origin}/api/portal/consents/${consentId}/pdf`;

/** Every resource type Corium serves over FHIR, in the order the CapabilityStatement lists them. */
export const resourceDefinitions: readonly ResourceDefinition[] = [
  define(
    'Patient',
    anyone,
    true,
    [
      idParam,
      p('identifier', 'token', 'urn:ietf:rfc:3986|urn:uuid:<id>, or the id'),
      p('name', 'string', 'Given or family name, starts with (accent- and case-insensitive)'),
      p('family', 'string', 'Family name'),
      p('given', 'string', 'Given name'),
      p('birthdate', 'date', 'Date of birth, with prefixes eq, ne, lt, gt, le, ge'),
      p('email', 'token', 'E-mail address (case-insensitive)'),
      p('phone', 'token', 'Phone number as recorded'),
      p('gender', 'token', 'female | male | other | unknown'),
      lastUpdated,
    ],
    async (s, c, page) => mapped(toFhirPatient)(await searchPatients(s.db, s.clinicId, c, s.patientId, page)),
    'by-id',
    ['create', 'update'],
  ),
  define(
    'Practitioner',
    anyStaff,
    false,
    [idParam, p('name', 'string', 'Display name')],
    async (s, c, page) => mapped(toPractitioner)(await searchPractitioners(s.db, s.clinicId, c, page)),
  ),
  define(
    'PractitionerRole',
    anyStaff,
    false,
    [idParam, p('practitioner', 'reference', 'The clinician'), p('location', 'reference', 'Where they work')],
    async (s, c, page) => mapped(toPractitionerRole)(await searchPractitioners(s.db, s.clinicId, c, page)),
  ),
  define(
    'Location',
    anyStaff,
    false,
    [idParam, p('name', 'string', 'Name'), p('partof', 'reference', 'The building a room is in')],
    async (s, c, page) => mapped(toLocation)(await searchPlaces(s.db, s.clinicId, c, page)),
  ),
  define(
    'Device',
    anyStaff,
    false,
    [
      idParam,
      p('location', 'reference', 'Where it is kept'),
      p('type', 'token', 'pen | rf_unit | cartridge_lot (a lot: lotNumber and expirationDate)'),
    ],
    async (s, c, page) => mapped(toDevice)(await searchEquipment(s.db, s.clinicId, c, page)),
  ),
  define(
    'Appointment',
    anyone,
    true,
    [
      idParam,
      patientParam,
      p('practitioner', 'reference', 'A clinician taking part'),
      p('location', 'reference', 'The location or room'),
      p('date', 'date', 'The start, with prefixes'),
      p('status', 'token', 'booked | cancelled | noshow | fulfilled'),
    ],
    async (s, c, page) =>
      mapped(toAppointment)(await searchAppointments(s.db, s.clinicId, c, s.patientId, page)),
    'by-id',
    ['create'],
  ),
  define(
    'Condition',
    anyone,
    true,
    [patientParam, subjectParam, lastUpdated],
    async (s, c, page) =>
      derived(toConditions)(
        await clinicalFields(s.db, s.clinicId, c, s.patientId, uncounted(page), 'concerns'),
      ),
    'derived',
  ),
  define(
    'AllergyIntolerance',
    clinicalAndPatient,
    true,
    [patientParam],
    async (s, c, page) =>
      derived(toAllergyIntolerances)(
        await latestHistories(s.db, s.clinicId, c, s.patientId, uncounted(page)),
      ),
    'derived',
  ),
  define(
    'MedicationStatement',
    clinicalAndPatient,
    true,
    [patientParam, subjectParam],
    async (s, c, page) =>
      derived(toMedicationStatements)(
        await latestHistories(s.db, s.clinicId, c, s.patientId, uncounted(page)),
      ),
    'derived',
  ),
  define(
    'QuestionnaireResponse',
    clinicalAndPatient,
    true,
    [idParam, patientParam, subjectParam, p('authored', 'date', 'When the answers were given'), lastUpdated],
    async (s, c, page) =>
      mapped(toQuestionnaireResponse)(await searchHistories(s.db, s.clinicId, c, s.patientId, page)),
  ),
  define(
    'Consent',
    anyone,
    true,
    [
      idParam,
      patientParam,
      p('date', 'date', 'When it was signed'),
      p('status', 'token', 'active | inactive'),
      lastUpdated,
    ],
    async (s, c, page) => {
      const { rows, total, more } = await searchConsents(s.db, s.clinicId, c, s.patientId, page);
      const resources = rows.map((row) => toConsent(row, consentPdfUrl(s, row.patient_id, row.id)));
      return { resources, total, more };
    },
  ),
  ...clinicalDefinitions,
];

export const definitionOf = (type: string): ResourceDefinition | undefined =>
  resourceDefinitions.find((d) => d.type === type);
