import { z } from 'zod';
import type { Deps } from '../../deps';
import { defineJob, type JobDefinition } from '../../platform/jobs/job';
import { escalateAlert, notifyAlertRecipients } from './alerts/alert-delivery';
import { sendCheckInInvite, sendMorningMessage, sendPlanMail } from './delivery/patient-delivery';

/**
 * Aftercare's jobs. Payloads are ids only; every handler reloads the plan, check-in or alert and
 * sends only what is still true: nothing for a cancelled plan, a patient merged into another
 * record (or no longer on file), an answered check-in, or an acknowledged alert.
 */

const planPayload = z.object({ clinicId: z.uuid(), planId: z.uuid() });
const messagePayload = planPayload.extend({ messageId: z.string() });
const checkInPayload = z.object({ clinicId: z.uuid(), checkInId: z.uuid(), reminder: z.boolean() });
const alertPayload = z.object({ clinicId: z.uuid(), alertId: z.uuid() });

export const planMailJob = defineJob<z.infer<typeof planPayload>, Deps>({
  name: 'aftercare.plan-mail',
  payload: planPayload,
  handle: (deps, payload, ctx) => sendPlanMail(deps, payload, ctx),
});

export const morningMessageJob = defineJob<z.infer<typeof messagePayload>, Deps>({
  name: 'aftercare.morning-message',
  payload: messagePayload,
  handle: (deps, payload, ctx) => sendMorningMessage(deps, payload, ctx),
});

export const checkInInviteJob = defineJob<z.infer<typeof checkInPayload>, Deps>({
  name: 'aftercare.check-in-invite',
  payload: checkInPayload,
  handle: (deps, payload, ctx) => sendCheckInInvite(deps, payload, ctx),
});

export const alertNoticeJob = defineJob<z.infer<typeof alertPayload>, Deps>({
  name: 'aftercare.alert-notice',
  payload: alertPayload,
  handle: (deps, payload, ctx) => notifyAlertRecipients(deps, payload, ctx),
});

export const alertEscalationJob = defineJob<z.infer<typeof alertPayload>, Deps>({
  name: 'aftercare.alert-escalation',
  payload: alertPayload,
  handle: (deps, payload, ctx) => escalateAlert(deps, payload, ctx),
});

export const aftercareJobs = [
  planMailJob,
  morningMessageJob,
  checkInInviteJob,
  alertNoticeJob,
  alertEscalationJob,
] as JobDefinition<never, Deps>[];
