import type { Deps } from '../../../deps';
import { hashToken, newSecretToken } from '../../../platform/auth/tokens';
import { newId } from '../../../platform/ids';
import type { JobContext } from '../../../platform/jobs/job';
import type { BuiltPlan } from '../plan/build-plan';
import * as checkIns from '../check-ins.repo';
import * as plans from '../plans.repo';
import { checkInMail, morningMail, planMail } from './mail-texts';

/**
 * The patient's aftercare e-mails, sent by the outbox worker. Each reloads its plan or check-in
 * and sends nothing unless the plan is active and the patient is still on file under this
 * record with an address. The outbox id is the Message-ID and the key of `aftercare_message`,
 * so a send repeated after a crash is recognisable as the same message.
 */

type Kind = 'plan' | 'morning' | 'check_in' | 'check_in_reminder';

async function record(
  deps: Deps,
  ctx: JobContext,
  sent: { clinicId: string; patientId: string; planId: string; kind: Kind; to: string },
): Promise<void> {
  await plans.recordMessage(ctx.trx, {
    id: newId(),
    clinic_id: sent.clinicId,
    patient_id: sent.patientId,
    plan_id: sent.planId,
    alert_id: null,
    kind: sent.kind,
    recipient: sent.to,
    outbox_id: ctx.outboxId,
    sent_at: deps.clock.now(),
  });
}

export async function sendPlanMail(
  deps: Deps,
  p: { clinicId: string; planId: string },
  ctx: JobContext,
): Promise<void> {
  const plan = await plans.planRecipient(ctx.trx, p.clinicId, p.planId);
  if (!plan?.email) return;
  const mail = planMail(plan.plan as BuiltPlan, {
    name: plan.given_name,
    clinic: plan.clinic_name,
    treatmentDate: plan.treatment_date,
  });
  await deps.mail.send({ to: plan.email, ...mail, idempotencyKey: ctx.outboxId });
  await record(deps, ctx, { ...p, patientId: plan.patient_id, kind: 'plan', to: plan.email });
}

export async function sendMorningMessage(
  deps: Deps,
  p: { clinicId: string; planId: string; messageId: string },
  ctx: JobContext,
): Promise<void> {
  const plan = await plans.planRecipient(ctx.trx, p.clinicId, p.planId);
  const message = (plan?.plan as BuiltPlan | undefined)?.messages.find((m) => m.id === p.messageId);
  if (!plan?.email || !message) return;
  const mail = morningMail(plan.language, {
    name: plan.given_name,
    clinic: plan.clinic_name,
    message: message.text,
  });
  await deps.mail.send({ to: plan.email, ...mail, idempotencyKey: ctx.outboxId });
  await record(deps, ctx, {
    clinicId: p.clinicId,
    planId: p.planId,
    patientId: plan.patient_id,
    kind: 'morning',
    to: plan.email,
  });
}

/**
 * The morning invitation or the one reminder, each with a fresh single-use link that expires
 * when the check-in closes. Not sent once the check-in is answered, cancelled or closed.
 */
export async function sendCheckInInvite(
  deps: Deps,
  p: { clinicId: string; checkInId: string; reminder: boolean },
  ctx: JobContext,
): Promise<void> {
  const now = deps.clock.now();
  const checkIn = await checkIns.findCheckIn(ctx.trx, p.clinicId, p.checkInId);
  if (!checkIn || checkIn.status !== 'open' || checkIn.closes_at <= now) return;
  if (p.reminder && checkIn.reminder_sent_at) return;
  const plan = await plans.planRecipient(ctx.trx, p.clinicId, checkIn.plan_id);
  if (!plan?.email) return;
  const token = newSecretToken();
  await checkIns.insertLink(ctx.trx, {
    token_hash: hashToken(token),
    clinic_id: p.clinicId,
    check_in_id: checkIn.id,
    created_at: now,
    expires_at: checkIn.closes_at,
  });
  const closes = checkIn.closes_at.toLocaleString('en-GB', {
    timeZone: checkIn.time_zone,
    dateStyle: 'full',
    timeStyle: 'short',
  });
  const link = `${deps.config.publicUrl}/check-in#${token}`;
  const mail = checkInMail(plan.language, {
    name: plan.given_name,
    day: checkIn.day,
    link,
    closes,
    reminder: p.reminder,
  });
  await deps.mail.send({ to: plan.email, ...mail, idempotencyKey: ctx.outboxId });
  if (p.reminder) await checkIns.markReminded(ctx.trx, p.clinicId, checkIn.id, now);
  const kind = p.reminder ? 'check_in_reminder' : 'check_in';
  await record(deps, ctx, {
    clinicId: p.clinicId,
    planId: checkIn.plan_id,
    patientId: checkIn.patient_id,
    kind,
    to: plan.email,
  });
}
