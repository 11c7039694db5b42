import { photoMatrixRows } from './photos-matrix';
import { fhirClinicalMatrix } from './fhir-matrix';
import { inventoryMatrix } from './inventory-matrix';
import { chartingMatrix } from './charting-matrix';
import { privacyMatrix } from './privacy-matrix';
import { aftercareMatrix } from './aftercare-matrix';
import { outcomesMatrix } from './outcomes-matrix';
import { reportsMatrix } from './reports-matrix';
import { webhooksMatrix } from './webhooks-matrix';

/**
 * Who may call what — the checked-in expectation the authorization test holds the code to.
 * Change it only on purpose, in review.
 *
 * For each protected route: the roles allowed, and for routes about one patient, which target
 * each role may reach: `own` is, for staff, a patient of their own clinic and, for a patient,
 * their own record; `other` is another patient of the same clinic. A patient of another
 * clinic is never reachable, and without a session nothing is.
 */
export type Target = 'own' | 'other';
export type Caller = 'admin' | 'medical_director' | 'practitioner' | 'front_desk' | 'patient';

export interface MatrixRow {
  route: string;
  /** Callers allowed; for patient routes, the targets each may reach. */
  allow: Partial<Record<Caller, readonly Target[] | true>>;
}

const allStaffPatients = {
  admin: ['own', 'other'],
  medical_director: ['own', 'other'],
  practitioner: ['own', 'other'],
  front_desk: ['own', 'other'],
} as const;

const allStaff = { admin: true, medical_director: true, practitioner: true, front_desk: true } as const;

const clinicalPatients = { medical_director: ['own', 'other'], practitioner: ['own', 'other'] } as const;

const recordKeepers = { admin: ['own', 'other'], medical_director: ['own', 'other'] } as const;

const fhirClinical = { medical_director: true, practitioner: true, patient: true } as const;

/** A FHIR resource type's search and read, which always share their policy. */
const fhirReadable = (type: string, allow: MatrixRow['allow']): MatrixRow[] => [
  { route: `GET /fhir/R4/${type}`, allow },
  { route: `GET /fhir/R4/${type}/:id`, allow },
];

export const authorizationMatrix: MatrixRow[] = [
  ...photoMatrixRows,
  ...webhooksMatrix,
  {
    route: 'GET /api/patients',
    allow: { admin: true, medical_director: true, practitioner: true, front_desk: true },
  },
  {
    route: 'POST /api/patients',
    allow: { admin: true, medical_director: true, practitioner: true, front_desk: true },
  },
  { route: 'GET /api/patients/:patientId', allow: { ...allStaffPatients } },
  { route: 'PATCH /api/patients/:patientId', allow: { ...allStaffPatients } },
  {
    route: 'GET /api/patients/:patientId/medical-history',
    allow: { medical_director: ['own', 'other'], practitioner: ['own', 'other'] },
  },
  {
    route: 'GET /api/patients/:patientId/medical-history/versions',
    allow: { medical_director: ['own', 'other'], practitioner: ['own', 'other'] },
  },
  {
    route: 'POST /api/patients/:patientId/medical-history',
    allow: { medical_director: ['own', 'other'], practitioner: ['own', 'other'] },
  },
  { route: 'GET /api/portal/intake', allow: { patient: true } },
  { route: 'PUT /api/portal/intake/draft', allow: { patient: true } },
  { route: 'POST /api/portal/intake', allow: { patient: true } },
  { route: 'GET /api/patients/:patientId/access-log', allow: { admin: ['own', 'other'] } },
  { route: 'GET /api/patients/:patientId/access-log.csv', allow: { admin: ['own', 'other'] } },
  { route: 'GET /api/portal/record', allow: { patient: true } },
  { route: 'GET /api/portal/access-log', allow: { patient: true } },
  {
    route: 'POST /api/screening/evaluate',
    allow: { admin: true, medical_director: true, practitioner: true, front_desk: true },
  },
  { route: 'GET /api/screening/rule-set', allow: { ...allStaff } },
  { route: 'GET /api/screening/rule-set/versions', allow: { ...allStaff } },
  { route: 'POST /api/screening/rule-set/versions', allow: { medical_director: true } },
  { route: 'POST /api/patients/:patientId/screenings', allow: { ...clinicalPatients } },
  { route: 'GET /api/patients/:patientId/screenings', allow: { ...clinicalPatients } },
  { route: 'POST /api/patients/:patientId/screenings/day-of', allow: { ...clinicalPatients } },
  { route: 'GET /api/patients/:patientId/screenings/:screeningId', allow: { ...clinicalPatients } },
  // Signing also needs the prescriber flag; the matrix's practitioner does not have it.
  {
    route: 'POST /api/patients/:patientId/screenings/:screeningId/overrides',
    allow: { medical_director: ['own', 'other'] },
  },
  { route: 'GET /api/patients/:patientId/merge-preview', allow: { ...recordKeepers } },
  { route: 'POST /api/patients/:patientId/merge', allow: { ...recordKeepers } },
  { route: 'GET /api/consent/templates', allow: { ...allStaff } },
  { route: 'GET /api/consent/templates/:templateId/versions', allow: { ...allStaff } },
  {
    route: 'POST /api/consent/templates/:templateId/versions',
    allow: { admin: true, medical_director: true },
  },
  { route: 'GET /api/patients/:patientId/consents', allow: { ...allStaffPatients } },
  { route: 'GET /api/patients/:patientId/consents/render/:treatment', allow: { ...allStaffPatients } },
  { route: 'POST /api/patients/:patientId/consents', allow: { ...allStaffPatients } },
  { route: 'GET /api/patients/:patientId/consents/:consentId/pdf', allow: { ...allStaffPatients } },
  { route: 'POST /api/patients/:patientId/consents/:consentId/countersign', allow: { ...clinicalPatients } },
  {
    route: 'POST /api/patients/:patientId/consents/:consentId/withdraw',
    allow: { admin: ['own', 'other'], ...clinicalPatients },
  },
  { route: 'POST /api/patients/:patientId/consents/:consentId/verify', allow: { admin: ['own', 'other'] } },
  { route: 'POST /api/patients/:patientId/consent-requests', allow: { ...allStaffPatients } },
  { route: 'PUT /api/patients/:patientId/photo-scopes', allow: { ...allStaffPatients } },
  { route: 'GET /api/portal/consents', allow: { patient: true } },
  { route: 'GET /api/portal/consents/render/:treatment', allow: { patient: true } },
  { route: 'POST /api/portal/consents', allow: { patient: true } },
  { route: 'GET /api/portal/consents/:consentId/pdf', allow: { patient: true } },
  { route: 'POST /api/portal/consents/:consentId/withdraw', allow: { patient: true } },
  { route: 'PUT /api/portal/photo-scopes', allow: { patient: true } },
  { route: 'GET /api/booking/services', allow: { ...allStaff } },
  { route: 'GET /api/booking/resources', allow: { ...allStaff } },
  { route: 'GET /api/booking/availability', allow: { ...allStaff } },
  { route: 'GET /api/appointments', allow: { ...allStaff } },
  { route: 'POST /api/patients/:patientId/appointments', allow: { ...allStaffPatients } },
  { route: 'GET /api/patients/:patientId/appointments', allow: { ...allStaffPatients } },
  {
    route: 'POST /api/patients/:patientId/appointments/:appointmentId/cancel',
    allow: { ...allStaffPatients },
  },
  {
    route: 'POST /api/patients/:patientId/appointments/:appointmentId/no-show',
    allow: { ...allStaffPatients },
  },
  { route: 'POST /api/patients/:patientId/treatment-series', allow: { ...clinicalPatients } },
  { route: 'GET /api/patients/:patientId/treatment-series', allow: { ...allStaffPatients } },
  // Booking moves: rescheduling, proposing and booking a course as one action (whoever books),
  // other treatments — toxin, filler, peel, laser — as medical history (clinicians only).
  {
    route: 'POST /api/patients/:patientId/appointments/:appointmentId/reschedule',
    allow: { ...allStaffPatients },
  },
  {
    route: 'GET /api/patients/:patientId/treatment-series/:seriesId/proposal',
    allow: { ...allStaffPatients },
  },
  {
    route: 'POST /api/patients/:patientId/treatment-series/:seriesId/appointments',
    allow: { ...allStaffPatients },
  },
  // Stopping a course is clinical, like planning one; it cancels the course's visits ahead.
  {
    route: 'POST /api/patients/:patientId/treatment-series/:seriesId/stop',
    allow: { ...clinicalPatients },
  },
  { route: 'GET /api/patients/:patientId/other-treatments', allow: { ...clinicalPatients } },
  { route: 'POST /api/patients/:patientId/other-treatments', allow: { ...clinicalPatients } },
  {
    route: 'POST /api/patients/:patientId/other-treatments/:recordId/entered-in-error',
    allow: { ...clinicalPatients },
  },
  // Clinic set-up: admins describe what can be booked; admins and the front desk keep the
  // team's hours and time off (a practitioner only their own, which the int tests cover).
  { route: 'GET /api/clinic-setup', allow: { admin: true, front_desk: true } },
  { route: 'POST /api/clinic-setup/locations', allow: { admin: true } },
  { route: 'PUT /api/clinic-setup/locations/:locationId', allow: { admin: true } },
  { route: 'PUT /api/clinic-setup/locations/:locationId/opening-hours', allow: { admin: true } },
  { route: 'POST /api/clinic-setup/rooms', allow: { admin: true } },
  { route: 'PATCH /api/clinic-setup/rooms/:roomId', allow: { admin: true } },
  { route: 'DELETE /api/clinic-setup/rooms/:roomId', allow: { admin: true } },
  { route: 'POST /api/clinic-setup/devices', allow: { admin: true } },
  { route: 'PATCH /api/clinic-setup/devices/:deviceId', allow: { admin: true } },
  { route: 'POST /api/clinic-setup/services', allow: { admin: true } },
  { route: 'PUT /api/clinic-setup/services/:serviceId', allow: { admin: true } },
  // The booking rules: every staff member reads them (the front desk explains them); admins change them.
  { route: 'GET /api/clinic-setup/booking-policy', allow: { ...allStaff } },
  { route: 'PUT /api/clinic-setup/booking-policy', allow: { admin: true } },
  { route: 'PUT /api/clinic-setup/practitioners/:userId/services', allow: { admin: true } },
  { route: 'PUT /api/clinic-setup/practitioners/:userId/locations', allow: { admin: true } },
  {
    route: 'PUT /api/clinic-setup/practitioners/:userId/working-hours',
    allow: { admin: true, front_desk: true },
  },
  {
    route: 'POST /api/clinic-setup/practitioners/:userId/exceptions',
    allow: { admin: true, front_desk: true },
  },
  {
    route: 'DELETE /api/clinic-setup/practitioners/:userId/exceptions/:exceptionId',
    allow: { admin: true, front_desk: true },
  },
  { route: 'GET /api/clinic-setup/practitioners/:userId/time-off', allow: { admin: true, front_desk: true } },
  {
    route: 'POST /api/clinic-setup/practitioners/:userId/time-off',
    allow: { admin: true, front_desk: true },
  },
  {
    route: 'DELETE /api/clinic-setup/practitioners/:userId/time-off/:timeOffId',
    allow: { admin: true, front_desk: true },
  },
  { route: 'GET /api/users', allow: { admin: true } },
  { route: 'POST /api/users/invitations', allow: { admin: true } },
  { route: 'PATCH /api/users/:userId', allow: { admin: true } },
  { route: 'GET /api/tokens', allow: { admin: true } },
  { route: 'DELETE /api/tokens/:tokenId', allow: { admin: true } },
  // Appointment messages: any staff member keeps a patient's channels and sees what was sent;
  // a patient chooses their own channels in the portal.
  { route: 'GET /api/patients/:patientId/notification-preferences', allow: { ...allStaffPatients } },
  { route: 'PUT /api/patients/:patientId/notification-preferences', allow: { ...allStaffPatients } },
  { route: 'GET /api/patients/:patientId/notifications', allow: { ...allStaffPatients } },
  { route: 'GET /api/portal/notification-preferences', allow: { patient: true } },
  { route: 'PUT /api/portal/notification-preferences', allow: { patient: true } },
  // Operations (backups: the whole installation's data, so admins only)
  { route: 'GET /api/operations/backups', allow: { admin: true } },
  { route: 'POST /api/operations/backups', allow: { admin: true } },
  // FHIR R4 (/fhir/R4): staff read their clinic, a patient only their own compartment (the
  // search and read answers are limited, not refused); intake-derived resources and the
  // Fitzpatrick type are clinical. Bulk export: admins, and a patient for their own record.
  ...fhirReadable('Patient', { ...allStaff, patient: true }),
  ...fhirReadable('Practitioner', allStaff),
  ...fhirReadable('PractitionerRole', allStaff),
  ...fhirReadable('Location', allStaff),
  ...fhirReadable('Device', allStaff),
  ...fhirReadable('Appointment', { ...allStaff, patient: true }),
  ...fhirReadable('CarePlan', { ...allStaff, patient: true }),
  ...fhirReadable('Condition', { ...allStaff, patient: true }),
  ...fhirReadable('Observation', fhirClinical),
  ...fhirReadable('AllergyIntolerance', fhirClinical),
  ...fhirReadable('MedicationStatement', fhirClinical),
  ...fhirReadable('QuestionnaireResponse', fhirClinical),
  ...fhirReadable('Consent', { ...allStaff, patient: true }),
  ...fhirClinicalMatrix,
  { route: 'POST /fhir/R4/Patient', allow: { ...allStaff } },
  { route: 'PUT /fhir/R4/Patient/:id', allow: { ...allStaff } },
  { route: 'POST /fhir/R4/Appointment', allow: { ...allStaff } },
  { route: 'GET /fhir/R4/Patient/:id/$everything', allow: { ...allStaff, patient: true } },
  { route: 'GET /fhir/R4/$export', allow: { admin: true } },
  { route: 'GET /fhir/R4/Patient/$export', allow: { admin: true, patient: true } },
  { route: 'GET /fhir/R4/$export-status/:exportId', allow: { admin: true, patient: true } },
  { route: 'DELETE /fhir/R4/$export-status/:exportId', allow: { admin: true, patient: true } },
  { route: 'GET /fhir/R4/$export-file/:exportId/:file', allow: { admin: true, patient: true } },
  // Public pages (issue 10): the clinic's colour on its learning pages.
  { route: 'GET /api/clinic/branding', allow: { admin: true } },
  { route: 'PUT /api/clinic/branding', allow: { admin: true } },
  // Portal booking and the waitlist (issue 6): the patient's own, always; staff see and add for any patient.
  { route: 'GET /api/portal/booking/options', allow: { patient: true } },
  { route: 'GET /api/portal/booking/availability', allow: { patient: true } },
  { route: 'POST /api/portal/booking/appointments', allow: { patient: true } },
  { route: 'GET /api/portal/booking/appointments', allow: { patient: true } },
  { route: 'POST /api/portal/booking/appointments/:appointmentId/cancel', allow: { patient: true } },
  { route: 'POST /api/portal/booking/appointments/:appointmentId/reschedule', allow: { patient: true } },
  { route: 'GET /api/portal/waitlist', allow: { patient: true } },
  { route: 'POST /api/portal/waitlist', allow: { patient: true } },
  { route: 'POST /api/portal/waitlist/:entryId/withdraw', allow: { patient: true } },
  { route: 'GET /api/portal/waitlist/offers/:offerId', allow: { patient: true } },
  { route: 'POST /api/portal/waitlist/offers/:offerId/accept', allow: { patient: true } },
  { route: 'POST /api/portal/waitlist/offers/:offerId/decline', allow: { patient: true } },
  { route: 'GET /api/waitlist', allow: { ...allStaff } },
  { route: 'GET /api/patients/:patientId/waitlist', allow: { ...allStaffPatients } },
  { route: 'POST /api/patients/:patientId/waitlist', allow: { ...allStaffPatients } },
  { route: 'POST /api/patients/:patientId/waitlist/:entryId/withdraw', allow: { ...allStaffPatients } },
  ...inventoryMatrix,
  ...chartingMatrix,
  // Patients' rights (issue 13): copies of the record, erasure requests, break-glass access.
  ...privacyMatrix,
  // Aftercare (issue 8): clinicians act, admins read, patients only their own recovery.
  ...aftercareMatrix,
  ...outcomesMatrix,
  // Clinic reports (issue 9): administrators and the medical director.
  ...reportsMatrix,
];
