import { staffRoles, type Role, type StaffRole } from '@corium/contracts';

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  medical_director: 'Medical director',
  practitioner: 'Practitioner',
  front_desk: 'Front desk',
  patient: 'Patient',
};

/** A role as the server spells it in free-form places such as audit events; unknown ones pass through. */
export function roleName(role: string): string {
  return role in roleLabels ? roleLabels[role as Role] : role;
}

/** The choices of a "Role" field, in the order a clinic's staff list usually runs. */
export const staffRoleOptions = staffRoles.map((role) => ({ value: role, label: roleLabels[role] }));

export type Area = 'staff' | 'portal';

export const areaHome: Record<Area, string> = {
  staff: '/staff',
  portal: '/portal',
};

function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}

export function areaFor(role: Role): Area {
  return isStaffRole(role) ? 'staff' : 'portal';
}

/** True when `path` is the area's home or a page inside it. */
export function isInArea(path: string, area: Area): boolean {
  const home = areaHome[area];
  return path === home || path.startsWith(`${home}/`);
}

/**
 * Which staff roles may do what, mirroring the server's route policies. The web app only
 * hides what the server would refuse; the server is the gate.
 */
export const permissions = {
  manageTeam: ['admin'],
  readMedicalHistory: ['medical_director', 'practitioner'],
  recordClinicalDetails: ['medical_director', 'practitioner'],
  readAccessLog: ['admin'],
  /** Screening reads the medical history; signing an override also needs the prescriber flag. */
  screenPatients: ['medical_director', 'practitioner'],
  mergePatients: ['admin', 'medical_director'],
  /** Every member of staff reads the screening rules; only the medical director changes them. */
  editScreeningRules: ['medical_director'],
  /** Front desk checks consent at check-in and hands the tablet over for signing. */
  readConsents: ['admin', 'medical_director', 'practitioner', 'front_desk'],
  /** A witness's countersignature on a patient's consent. */
  countersignConsents: ['medical_director', 'practitioner'],
  /** Recorded on the patient's instruction; front desk passes the request on. */
  withdrawConsents: ['admin', 'medical_director', 'practitioner'],
  /** Hashing the stored PDF again against the hash recorded at signing. */
  verifyConsents: ['admin'],
  /** The consent texts are clinical policy; every member of staff reads them. */
  editConsentTemplates: ['admin', 'medical_director'],
  /** Everyone at the desk or in the room books, moves and cancels visits; the server gates screening and spacing. */
  bookAppointments: ['admin', 'medical_director', 'practitioner', 'front_desk'],
  /**
   * Toxin, filler, peel and laser records are medical history, read and recorded by clinicians; the
   * front desk meets them only as a booking's spacing refusal.
   */
  recordOtherTreatments: ['medical_director', 'practitioner'],
  /** A course of treatment is a clinical plan; the front desk books it. */
  planTreatmentSeries: ['medical_director', 'practitioner'],
  /** Stopping a course is a clinical decision like planning it; it cancels the visits still ahead. */
  stopTreatmentSeries: ['medical_director', 'practitioner'],
  /** Whoever takes the call puts the patient on the waitlist, or takes them off it. */
  manageWaitlist: ['admin', 'medical_director', 'practitioner', 'front_desk'],
  /** Locations, rooms, devices, services and who performs what where: the clinic's set-up. */
  manageClinicSetup: ['admin'],
  /** The team's weekly hours, exceptions and time off (a practitioner adds their own time off through the API). */
  manageHours: ['admin', 'front_desk'],
  /** How a patient hears about visits, and what was sent: whoever books keeps it right. */
  manageAppointmentMessages: ['admin', 'medical_director', 'practitioner', 'front_desk'],
  /** Backups hold every patient's record: the installation's admins only. */
  manageOperations: ['admin'],
  /** Where the clinic's events are sent (other systems), and their signing secrets. */
  manageWebhooks: ['admin'],
  /** Everyone on staff sees the stock; those who receive deliveries and chart adjust it and log pen care. */
  readStock: ['admin', 'medical_director', 'practitioner', 'front_desk'],
  keepStock: ['admin', 'medical_director', 'practitioner'],
  /** Recalls list patients with their contact details: the clinic's safety leads only. */
  manageRecalls: ['admin', 'medical_director'],
  /** Clinical photographs: taken by clinical staff; admins also read them (complaints, access requests). */
  takePhotos: ['medical_director', 'practitioner'],
  readPhotos: ['admin', 'medical_director', 'practitioner'],
  /** The desk, or whoever greets the patient, marks them arrived; a session starts only after that. */
  checkInPatients: ['admin', 'medical_director', 'practitioner', 'front_desk'],
  /** The treatment room's chart: starting a session, recording it, signing it and its addenda. */
  chartSessions: ['medical_director', 'practitioner'],
  /** Erasure requests, copies of records and break-glass reviews: the clinic's admins answer for them. */
  managePrivacy: ['admin'],
  /** Charts are written by clinicians; an administrator reads them too (records requests, audits). */
  readSessionCharts: ['admin', 'medical_director', 'practitioner'],
  /** Recovery plans, check-ins and alerts: clinicians, and admins who read them (records, audits). */
  readAftercare: ['admin', 'medical_director', 'practitioner'],
  /** Acknowledging and resolving an alert is a clinician's answer to a patient. */
  handleAftercareAlerts: ['medical_director', 'practitioner'],
  /** Who is on call for alerts and how fast they must respond. */
  manageAftercareSettings: ['admin', 'medical_director'],
  /** An adverse-event record and its regulator report are a clinician's judgement. */
  recordAdverseEvents: ['medical_director', 'practitioner'],
  /** Outcome scores: clinicians rate; admins read the record like other clinical reads. */
  readOutcomes: ['admin', 'medical_director', 'practitioner'],
  recordOutcomes: ['medical_director', 'practitioner'],
  /** Who is due a 3- or 6-month follow-up: the desk books the visit, so every member of staff. */
  readFollowUps: ['admin', 'medical_director', 'practitioner', 'front_desk'],
  /** The aftercare timeline is clinical policy, like the screening rules. */
  editAftercareTimeline: ['medical_director'],
  /** The clinic's reports compare practitioners and pens: its administrators and medical director. */
  readReports: ['admin', 'medical_director'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

export function may(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
