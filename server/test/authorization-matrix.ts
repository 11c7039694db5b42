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

export const authorizationMatrix: MatrixRow[] = [
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
  { route: 'GET /api/users', allow: { admin: true } },
  { route: 'POST /api/users/invitations', allow: { admin: true } },
  { route: 'PATCH /api/users/:userId', allow: { admin: true } },
  { route: 'GET /api/tokens', allow: { admin: true } },
  { route: 'DELETE /api/tokens/:tokenId', allow: { admin: true } },
];
