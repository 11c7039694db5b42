import { CORIUM_SYSTEM } from './clinical.mapper';
import type { AftercarePlanRow } from './fhir-aftercare.repo';
import { reference, type FhirResource } from './fhir-resource';

const coding = (system: string, code: string, display?: string) => ({
  coding: [{ system, code, ...(display ? { display } : {}) }],
  ...(display ? { text: display } : {}),
});

/** What tells a recovery plan from a treatment series among a patient's CarePlans. */
export const carePlanCategory = (code: 'treatment-series' | 'aftercare') =>
  coding(
    `${CORIUM_SYSTEM}/care-plan-category`,
    code,
    code === 'aftercare' ? 'Aftercare (recovery) plan' : 'Treatment series',
  );

const checkInStatus = { open: 'scheduled', submitted: 'completed', cancelled: 'cancelled' } as const;

interface PlanJson {
  milestones?: { id: string; date: string; title: string; detail: string }[];
  days?: { date: string }[];
}

function checkInActivity(plan: AftercarePlanRow, checkIn: AftercarePlanRow['check_ins'][number]) {
  return {
    ...(checkIn.status === 'submitted' ? { outcomeReference: [reference('Observation', checkIn.id)] } : {}),
    detail: {
      code: coding(`${CORIUM_SYSTEM}/observation`, 'aftercare-check-in', `Check-in, day ${checkIn.day}`),
      status:
        plan.status === 'cancelled' && checkIn.status === 'open'
          ? 'cancelled'
          : checkInStatus[checkIn.status],
      scheduledString: checkIn.dueDate,
    },
  };
}

/**
 * A recovery plan as a CarePlan: the days after the signed session (the Procedure it follows),
 * what may resume when (milestones), and the check-ins, each answered one linked to its Observation.
 */
export function toAftercareCarePlan(row: AftercarePlanRow): FhirResource {
  const plan = row.plan as PlanJson;
  const lastDay = plan.days?.at(-1)?.date;
  const milestones = (plan.milestones ?? []).map((m) => ({
    detail: {
      code: coding(`${CORIUM_SYSTEM}/aftercare-milestone`, m.id, m.title),
      status: row.status === 'cancelled' ? 'cancelled' : 'scheduled',
      scheduledString: m.date,
      description: m.detail,
    },
  }));
  return {
    resourceType: 'CarePlan',
    id: row.id,
    meta: { lastUpdated: row.created_at.toISOString() },
    ...(row.series_id ? { partOf: [reference('CarePlan', row.series_id)] } : {}),
    status: row.status === 'cancelled' ? 'revoked' : 'active',
    intent: 'plan',
    category: [carePlanCategory('aftercare')],
    title: `Recovery after the treatment of ${row.treatment_date}`,
    ...(row.cancel_reason ? { description: `Cancelled: ${row.cancel_reason}` } : {}),
    subject: reference('Patient', row.patient_id),
    period: { start: row.treatment_date, ...(lastDay ? { end: lastDay } : {}) },
    created: row.created_at.toISOString(),
    author: reference('Practitioner', row.practitioner_id),
    supportingInfo: [reference('Procedure', row.session_id)],
    ...(milestones.length + row.check_ins.length > 0
      ? { activity: [...row.check_ins.map((c) => checkInActivity(row, c)), ...milestones] }
      : {}),
    note: [{ text: `Recovery timeline version ${row.timeline_version}` }],
  };
}
