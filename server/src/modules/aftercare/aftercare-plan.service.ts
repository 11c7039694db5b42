import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Trx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { checkInInviteJob, morningMessageJob, planMailJob } from './aftercare.jobs';
import { buildAftercarePlan } from './plan/build-plan';
import { checkInSlots, messageSlots, type CheckInSlot } from './plan/schedule';
import { loadTreatmentFacts } from './plan/treatment-facts';
import * as repo from './plans.repo';
import { currentTimeline } from './timeline/current-timeline';

/**
 * Called by charting inside the transaction that signs a chart: builds the patient's aftercare
 * plan from what was done, stores it with its check-ins, and queues the plan e-mail, the morning
 * messages and the check-in invitations and reminders through the outbox — all of it commits
 * with the signature or not at all. Signing twice never makes a second plan.
 */
export async function planAftercareForSignedSession(
  trx: Trx,
  deps: Deps,
  input: { clinicId: string; sessionId: string; now: Date },
): Promise<void> {
  const { clinicId, sessionId, now } = input;
  if (await repo.findPlanOfSession(trx, clinicId, sessionId)) return;
  const { session, facts } = await loadTreatmentFacts(trx, clinicId, sessionId);
  const timeline = await currentTimeline(trx, clinicId);
  const built = buildAftercarePlan(facts, timeline.timeline, session.preferred_language);
  const planId = newId();
  await repo.insertPlan(trx, {
    id: planId,
    clinic_id: clinicId,
    patient_id: session.patient_id,
    session_id: sessionId,
    practitioner_id: session.practitioner_id,
    treatment_date: facts.treatmentDate,
    time_zone: session.time_zone,
    timeline_version: timeline.version,
    language: built.language,
    facts: JSON.stringify(facts),
    plan: JSON.stringify(built),
    created_at: now,
  });
  const checkIns = await storeCheckIns(
    trx,
    { clinicId, planId, patientId: session.patient_id },
    checkInSlots(facts.treatmentDate, session.time_zone, timeline.timeline),
  );
  const { morningTime } = timeline.timeline;
  const messages = messageSlots(facts.treatmentDate, session.time_zone, morningTime, built.messages);
  await queueMessages(trx, { clinicId, planId, now }, { messages, checkIns });
  // No request here: the audit names the practitioner who signed, as the cause of the plan.
  const actor = { clinicId, userId: session.signed_by, role: null, tokenId: null, ip: null, requestId: null };
  const details = { sessionId, timelineVersion: timeline.version, resumeDelay: built.resumeDelay };
  const patientIds = [session.patient_id];
  await recordAudit(
    trx,
    actor,
    { action: 'create', resourceType: 'aftercare_plan', resourceId: planId, patientIds, details },
    now,
  );
}

/** The plan's check-ins, each open from its morning until it closes. */
async function storeCheckIns(
  trx: Trx,
  plan: { clinicId: string; planId: string; patientId: string },
  slots: CheckInSlot[],
): Promise<(CheckInSlot & { id: string })[]> {
  const checkIns = slots.map((slot) => ({ id: newId(), ...slot }));
  await repo.insertCheckIns(
    trx,
    checkIns.map((c) => ({
      id: c.id,
      clinic_id: plan.clinicId,
      plan_id: plan.planId,
      patient_id: plan.patientId,
      day: c.day,
      due_date: c.dueDate,
      opens_at: c.opensAt,
      remind_at: c.remindAt,
      closes_at: c.closesAt,
    })),
  );
  return checkIns;
}

/**
 * The plan e-mail now; each morning message and check-in invitation at its time, and each
 * check-in's one reminder. For a chart signed late, a morning already past is left out (its
 * advice is in the plan e-mail) while a check-in still open is invited at once.
 */
async function queueMessages(
  trx: Trx,
  plan: { clinicId: string; planId: string; now: Date },
  schedule: {
    messages: { id: string; at: Date }[];
    checkIns: { id: string; opensAt: Date; remindAt: Date; closesAt: Date }[];
  },
): Promise<void> {
  const { clinicId, planId, now } = plan;
  const at = (when: Date) => ({ clinicId, runAt: when > now ? when : now });
  await enqueue(trx, planMailJob, { clinicId, planId }, at(now));
  for (const message of schedule.messages)
    if (message.at > now)
      await enqueue(trx, morningMessageJob, { clinicId, planId, messageId: message.id }, at(message.at));
  for (const checkIn of schedule.checkIns) {
    if (checkIn.closesAt <= now) continue;
    await enqueue(
      trx,
      checkInInviteJob,
      { clinicId, checkInId: checkIn.id, reminder: false },
      at(checkIn.opensAt),
    );
    if (checkIn.remindAt > now)
      await enqueue(
        trx,
        checkInInviteJob,
        { clinicId, checkInId: checkIn.id, reminder: true },
        at(checkIn.remindAt),
      );
  }
}
