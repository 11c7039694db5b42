import { z } from 'zod';
import { id } from './common';
import { calendarDate, modality, zoneId } from './screening';
import { aftercarePlan, alertLevel, checkInRecord, triageReason } from './aftercare-recovery';

/** Alerts that reach a clinician, the on-call list, and adverse-event records for regulators. */

const instant = z.iso.datetime({ offset: true });
const person = z.object({ id, name: z.string() });

// ---------------------------------------------------------------------------------------------
// Alerts
// ---------------------------------------------------------------------------------------------

export const alertStatus = z.enum(['open', 'acknowledged', 'resolved']);
export type AlertStatus = z.infer<typeof alertStatus>;

export const aftercareAlert = z.object({
  id,
  patient: person,
  sessionId: id,
  checkInId: id.nullable(),
  checkInDay: z.number().int().nullable(),
  level: alertLevel,
  reasons: z.array(triageReason),
  status: alertStatus,
  raisedAt: instant,
  /** The response timer: acknowledge by then or the medical director is told. */
  respondBy: instant,
  escalatedAt: instant.nullable(),
  /** The treating practitioner and the on-call staff when it was raised. */
  recipients: z.array(person),
  acknowledged: z.object({ at: instant, by: person }).nullable(),
  resolved: z.object({ at: instant, by: person, note: z.string() }).nullable(),
  adverseEventId: id.nullable(),
});
export type AftercareAlert = z.infer<typeof aftercareAlert>;

export const resolveAlertRequest = z.strictObject({ note: z.string().trim().min(3).max(2000) });
export type ResolveAlertRequest = z.infer<typeof resolveAlertRequest>;

export const missedCheckIn = z.object({
  checkInId: id,
  planId: id,
  patient: person,
  day: z.number().int(),
  dueDate: calendarDate,
  closedAt: instant,
  reminderSentAt: instant.nullable(),
});
export type MissedCheckIn = z.infer<typeof missedCheckIn>;

/** `GET /api/aftercare/dashboard`: open and acknowledged alerts, most severe then oldest first. */
export const aftercareDashboard = z.object({
  counts: z.object({ emergency: z.number().int(), urgent: z.number().int(), review: z.number().int() }),
  alerts: z.array(aftercareAlert),
  missedCheckIns: z.array(missedCheckIn),
});
export type AftercareDashboard = z.infer<typeof aftercareDashboard>;

/** The clinic's on-call list and response timers (minutes to acknowledge, per level). */
export const aftercareSettings = z.object({
  onCall: z.array(person),
  responseMinutes: z.object({
    review: z.number().int().min(15).max(10080),
    urgent: z.number().int().min(5).max(1440),
    emergency: z.number().int().min(5).max(240),
  }),
});
export type AftercareSettings = z.infer<typeof aftercareSettings>;

export const aftercareSettingsRequest = z.strictObject({
  onCallUserIds: z.array(id).max(50),
  responseMinutes: z.strictObject(aftercareSettings.shape.responseMinutes.shape),
});
export type AftercareSettingsRequest = z.infer<typeof aftercareSettingsRequest>;

// ---------------------------------------------------------------------------------------------
// Adverse events
// ---------------------------------------------------------------------------------------------

/** Terms from §5.1/§5.2 (and §5.3's emergencies). Ids are a public contract. */
export const adverseEventTerms = [
  'erythema_prolonged',
  'oedema_prolonged',
  'pain',
  'dryness_flaking',
  'pruritus',
  'bruising',
  'acneiform_eruption_milia',
  'lymphadenopathy',
  'irritant_contact_dermatitis',
  'allergic_contact_dermatitis',
  'post_inflammatory_hyperpigmentation',
  'hypopigmentation',
  'bacterial_infection',
  'atypical_mycobacterial_infection',
  'herpes_simplex_reactivation',
  'tram_track_scarring',
  'hypertrophic_or_keloid_scarring',
  'granulomatous_reaction',
  'anaesthetic_toxicity',
  'anaphylaxis',
  'orbital_periorbital_cellulitis',
  'blood_borne_virus_transmission',
  'rf_burn',
  'fat_atrophy',
  'nerve_injury',
  'other',
] as const;
export const adverseEventTerm = z.enum(adverseEventTerms);
export type AdverseEventTerm = z.infer<typeof adverseEventTerm>;

/** Severity grade, CTCAE-style: 1 mild … 5 death. */
export const severityGrade = z.number().int().min(1).max(5);

/** ICH E2A seriousness criteria; none = not serious. */
export const seriousnessCriteria = [
  'death',
  'life_threatening',
  'hospitalisation',
  'disability',
  'congenital_anomaly',
  'medically_important',
] as const;
export const seriousnessCriterion = z.enum(seriousnessCriteria);

export const adverseEventOutcomes = [
  'recovered',
  'recovering',
  'not_recovered',
  'recovered_with_sequelae',
  'fatal',
  'unknown',
] as const;
export const adverseEventOutcome = z.enum(adverseEventOutcomes);

/** WHO-UMC causality categories. */
export const causalityCategories = [
  'certain',
  'probable',
  'possible',
  'unlikely',
  'conditional',
  'unassessable',
] as const;
export const causality = z.enum(causalityCategories);

/** `POST /api/patients/:patientId/adverse-events`. Links to the session's pen and lots are taken from the chart. */
export const recordAdverseEventRequest = z
  .strictObject({
    sessionId: id,
    /** The alert it comes from, if any (the alert then links to the record). */
    alertId: id.optional(),
    term: adverseEventTerm,
    /** Required when `term` is `other`. */
    termOther: z.string().trim().min(3).max(200).optional(),
    description: z.string().trim().min(3).max(5000),
    /** Days after the session (0 = the treatment day). */
    onsetDay: z.number().int().min(0).max(3650),
    severityGrade,
    seriousness: z.array(seriousnessCriterion).max(6),
    treatmentGiven: z.string().trim().max(2000),
    outcome: adverseEventOutcome,
    causality,
  })
  .refine((e) => (e.term === 'other') === !!e.termOther, {
    path: ['termOther'],
    message: 'Name the event when the term is "other" (and only then)',
  });
export type RecordAdverseEventRequest = z.infer<typeof recordAdverseEventRequest>;

const lotLink = z.object({
  lotId: id,
  product: z.string(),
  manufacturer: z.string().nullable(),
  lotNumber: z.string(),
  expiresOn: calendarDate,
});

export const adverseEvent = z.object({
  id,
  patientId: id,
  sessionId: id,
  alertId: id.nullable(),
  term: adverseEventTerm,
  termLabel: z.string(),
  termOther: z.string().nullable(),
  description: z.string(),
  onsetDay: z.number().int(),
  onsetDate: calendarDate,
  severityGrade,
  serious: z.boolean(),
  seriousness: z.array(seriousnessCriterion),
  treatmentGiven: z.string(),
  outcome: adverseEventOutcome,
  causality,
  device: z.object({ id, kind: z.string(), model: z.string(), serial: z.string() }).nullable(),
  cartridgeLots: z.array(lotLink),
  topicalLots: z.array(lotLink),
  recordedAt: instant,
  recordedBy: person,
});
export type AdverseEvent = z.infer<typeof adverseEvent>;

export const adverseEventList = z.object({ adverseEvents: z.array(adverseEvent) });
export type AdverseEventList = z.infer<typeof adverseEventList>;

/**
 * `GET …/adverse-events/:eventId/report`: the regulator-style report (MHRA Yellow Card / FDA
 * MedWatch 3500 sections): the patient only by initials, age and sex.
 */
export const adverseEventReport = z.object({
  reportId: id,
  generatedAt: instant,
  reporter: z.object({ clinic: z.string(), name: z.string(), role: z.string() }),
  patient: z.object({ initials: z.string(), ageYears: z.number().int(), sex: z.string() }),
  event: adverseEvent.omit({ patientId: true, device: true, cartridgeLots: true, topicalLots: true }),
  procedure: z.object({
    date: calendarDate,
    modality,
    zones: z.array(z.object({ zone: zoneId, depthMm: z.number() })),
    practitioner: z.string(),
  }),
  suspectDevice: adverseEvent.shape.device,
  cartridgeLots: z.array(lotLink),
  topicalLots: z.array(lotLink),
});
export type AdverseEventReport = z.infer<typeof adverseEventReport>;

// ---------------------------------------------------------------------------------------------
// The staff's aftercare tab
// ---------------------------------------------------------------------------------------------

/** `GET /api/patients/:patientId/aftercare`: plans (latest first) with every check-in's answers. */
export const patientAftercare = z.object({
  plans: z.array(aftercarePlan.extend({ checkIns: z.array(checkInRecord) })),
  alerts: z.array(aftercareAlert),
  adverseEvents: z.array(adverseEvent),
});
export type PatientAftercare = z.infer<typeof patientAftercare>;
