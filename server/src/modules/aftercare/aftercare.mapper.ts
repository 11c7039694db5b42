import type {
  AftercarePlan,
  CheckInAnswers,
  CheckInRecord,
  CheckInSummary,
  TriageResult,
} from '@corium/contracts';
import { wallClockOf } from '../booking/wall-clock';
import type { BuiltPlan, TreatmentFacts } from './plan/build-plan';
import { dayOfPlan } from './plan/schedule';
import type { CheckInRow, PlanRow } from './plans.repo';

/** Plan and check-in rows → DTOs, as seen at `now`. */

export function checkInStatusAt(row: CheckInRow, now: Date): CheckInSummary['status'] {
  if (row.status === 'cancelled') return 'cancelled';
  if (row.status === 'submitted') return 'submitted';
  if (now < row.opens_at) return 'upcoming';
  return now < row.closes_at ? 'due' : 'missed';
}

export function toCheckInSummary(row: CheckInRow, now: Date): CheckInSummary {
  return {
    id: row.id,
    day: row.day,
    dueDate: row.due_date,
    opensAt: row.opens_at.toISOString(),
    closesAt: row.closes_at.toISOString(),
    status: checkInStatusAt(row, now),
    submittedAt: row.submitted_at?.toISOString() ?? null,
    reminderSentAt: row.reminder_sent_at?.toISOString() ?? null,
    level: row.level,
  };
}

export function toCheckInRecord(row: CheckInRow, now: Date): CheckInRecord {
  return {
    ...toCheckInSummary(row, now),
    answers: (row.answers as CheckInAnswers | null) ?? null,
    triage: (row.triage as TriageResult | null) ?? null,
    via: row.via,
  };
}

export function toPlan(row: PlanRow, checkIns: CheckInRow[], now: Date): AftercarePlan {
  const built = row.plan as BuiltPlan;
  const facts = row.facts as TreatmentFacts;
  const own = checkIns.filter((c) => c.plan_id === row.id);
  const today = dayOfPlan(row.treatment_date, wallClockOf(now, row.time_zone).date);
  const lastDay = built.days.at(-1)?.day ?? 0;
  return {
    id: row.id,
    sessionId: row.session_id,
    patientId: row.patient_id,
    status: row.status === 'cancelled' ? 'cancelled' : today > lastDay ? 'completed' : 'active',
    treatmentDate: row.treatment_date,
    modality: facts.modality,
    zones: facts.zones,
    deepestMm: facts.deepestMm,
    timelineVersion: row.timeline_version,
    language: row.language,
    resumeDelay: built.resumeDelay,
    today: today >= 0 && today <= lastDay ? today : null,
    days: built.days.map((d) => ({ ...d, checkInId: own.find((c) => c.day === d.day)?.id ?? null })),
    milestones: built.milestones,
    checkIns: own.map((c) => toCheckInSummary(c, now)),
    createdAt: row.created_at.toISOString(),
    cancelled:
      row.cancelled_at && row.cancelled_by
        ? {
            at: row.cancelled_at.toISOString(),
            by: { id: row.cancelled_by, name: row.cancelled_by_name ?? '' },
            reason: row.cancel_reason ?? '',
          }
        : null,
  };
}
