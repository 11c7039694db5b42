import type { Deps } from '../../../deps';
import { newId } from '../../../platform/ids';
import type { JobContext } from '../../../platform/jobs/job';
import * as plans from '../plans.repo';
import * as repo from './alerts.repo';

/**
 * Staff e-mails about an alert, sent by the outbox worker. They name no patient and no
 * findings — only the level and where to look — so nothing clinical travels by e-mail.
 */

const LEVEL_WORDS = { review: 'A review', urgent: 'An URGENT', emergency: 'An EMERGENCY' } as const;

async function mailStaff(
  deps: Deps,
  ctx: JobContext,
  alert: { clinicId: string; id: string; patientId: string; planId: string },
  to: { email: string }[],
  message: { subject: string; text: string; kind: 'alert' | 'escalation' },
): Promise<void> {
  for (const [i, person] of to.entries()) {
    // One Message-ID per recipient, stable across retries of this job.
    await deps.mail.send({
      to: person.email,
      subject: message.subject,
      text: message.text,
      idempotencyKey: `${ctx.outboxId}-${i}`,
    });
    await plans.recordMessage(ctx.trx, {
      id: newId(),
      clinic_id: alert.clinicId,
      patient_id: alert.patientId,
      plan_id: alert.planId,
      alert_id: alert.id,
      kind: message.kind,
      recipient: person.email,
      outbox_id: ctx.outboxId,
      sent_at: deps.clock.now(),
    });
  }
}

const alertLink = (deps: Deps) => `${deps.config.publicUrl}/aftercare/alerts`;

/** The treating practitioner and the on-call staff, when the alert is raised. */
export async function notifyAlertRecipients(
  deps: Deps,
  p: { clinicId: string; alertId: string },
  ctx: JobContext,
): Promise<void> {
  const alert = await repo.findAlert(ctx.trx, p.clinicId, p.alertId);
  if (!alert || alert.acknowledged_at) return;
  const staff = await repo.staffByIds(ctx.trx, p.clinicId, alert.recipient_ids);
  const respondBy = alert.respond_by.toISOString().slice(0, 16).replace('T', ' ');
  await mailStaff(
    deps,
    ctx,
    { clinicId: p.clinicId, id: alert.id, patientId: alert.patient_id, planId: alert.plan_id },
    staff,
    {
      kind: 'alert',
      subject: `${LEVEL_WORDS[alert.level]} aftercare alert needs a clinician`,
      text: `${LEVEL_WORDS[alert.level]} aftercare alert was raised from a patient's check-in. Please acknowledge it by ${respondBy} UTC:\n\n${alertLink(deps)}`,
    },
  );
}

/** At the response timer: still unacknowledged, the alert goes to every medical director. */
export async function escalateAlert(
  deps: Deps,
  p: { clinicId: string; alertId: string },
  ctx: JobContext,
): Promise<void> {
  const alert = await repo.lockAlert(ctx.trx, p.clinicId, p.alertId);
  if (!alert || alert.acknowledged_at || alert.resolved_at || alert.escalated_at) return;
  await repo.setAlert(ctx.trx, p.clinicId, p.alertId, { escalated_at: deps.clock.now() });
  const full = (await repo.findAlert(ctx.trx, p.clinicId, p.alertId))!;
  const directors = await repo.medicalDirectors(ctx.trx, p.clinicId);
  await mailStaff(
    deps,
    ctx,
    { clinicId: p.clinicId, id: full.id, patientId: full.patient_id, planId: full.plan_id },
    directors,
    {
      kind: 'escalation',
      subject: `Escalated: ${LEVEL_WORDS[full.level].toLowerCase()} aftercare alert was not acknowledged`,
      text: `${LEVEL_WORDS[full.level]} aftercare alert has not been acknowledged in time and is escalated to you as medical director:\n\n${alertLink(deps)}`,
    },
  );
}
