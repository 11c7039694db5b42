import type { AlertLevel, TriageReason } from '@corium/contracts';
import type { Deps } from '../../../deps';
import type { AuditActor } from '../../../platform/audit/audit';
import { recordAudit } from '../../../platform/audit/audit';
import type { Trx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { enqueue } from '../../../platform/jobs/outbox';
import { recordWebhookEvent } from '../../webhooks/webhook-events';
import { alertEscalationJob, alertNoticeJob } from '../aftercare.jobs';
import * as repo from './alerts.repo';
import { responseSettings } from './response-settings';

export interface AlertSource {
  clinicId: string;
  patientId: string;
  planId: string;
  sessionId: string;
  practitionerId: string;
  checkInId: string | null;
  level: AlertLevel;
  reasons: TriageReason[];
}

/**
 * The alert's e-mail at once, its escalation when the response timer runs out, and the
 * `alert.raised` webhook event — all in the caller's transaction.
 */
async function announceAlert(trx: Trx, clinicId: string, alertId: string, now: Date, respondBy: Date) {
  await enqueue(trx, alertNoticeJob, { clinicId, alertId }, { clinicId, runAt: now });
  await enqueue(trx, alertEscalationJob, { clinicId, alertId }, { clinicId, runAt: respondBy });
  await recordWebhookEvent(trx, clinicId, 'alert.raised', `Flag/${alertId}`, now);
}

/**
 * Raises an alert in the caller's transaction (the check-in that caused it commits with it): for
 * the treating practitioner and the on-call staff, with the level's response timer. Their
 * e-mail goes out at once through the outbox; the escalation to the medical director is queued
 * for the moment the timer runs out, and does nothing if someone acknowledged by then.
 */
export async function raiseAlert(
  trx: Trx,
  deps: Deps,
  source: AlertSource,
  actor: AuditActor,
): Promise<{ id: string; respondBy: Date }> {
  const now = deps.clock.now();
  const settings = await responseSettings(trx, source.clinicId);
  const respondBy = new Date(now.getTime() + settings.minutes[source.level] * 60_000);
  const id = newId();
  const recipients = [...new Set([source.practitionerId, ...settings.onCallUserIds])];
  await repo.insertAlert(trx, {
    id,
    clinic_id: source.clinicId,
    patient_id: source.patientId,
    plan_id: source.planId,
    session_id: source.sessionId,
    check_in_id: source.checkInId,
    level: source.level,
    reasons: JSON.stringify(source.reasons),
    recipient_ids: recipients,
    raised_at: now,
    respond_by: respondBy,
  });
  await announceAlert(trx, source.clinicId, id, now, respondBy);
  await recordAudit(
    trx,
    actor,
    {
      action: 'create',
      resourceType: 'aftercare_alert',
      resourceId: id,
      patientIds: [source.patientId],
      details: { level: source.level },
    },
    now,
  );
  return { id, respondBy };
}
