import { z } from 'zod';
import type { Deps } from '../../deps';
import { defineJob } from '../../platform/jobs/job';
import { affectedSessions } from './affected-sessions.repo';
import * as stock from './inventory.repo';
import { recallNoticeText } from './recall-notice';
import { targetOf } from './recalls.mapper';
import * as repo from './recalls.repo';

const dayFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' });

/**
 * One affected patient's message. It reloads the recall and the patient's affected sessions, so
 * it names what the chart says when it runs; a patient without an e-mail is phoned by the staff.
 */
export const recallNoticeJob = defineJob<{ clinicId: string; recallId: string; patientId: string }, Deps>({
  name: 'inventory.recall-notice',
  payload: z.object({ clinicId: z.uuid(), recallId: z.uuid(), patientId: z.uuid() }),
  async handle(deps, { clinicId, recallId, patientId }, ctx) {
    const recall = await repo.findRecall(ctx.trx, clinicId, recallId);
    if (!recall) return;
    const sessions = await affectedSessions(ctx.trx, clinicId, targetOf(recall), patientId);
    const patient = sessions[0];
    if (!patient?.email) return;
    const clinic = await stock.clinicZone(ctx.trx, clinicId);
    const format = dayFormat(clinic.time_zone);
    const message = recallNoticeText({
      patientGivenName: patient.given_name,
      clinicName: clinic.name,
      sessionDays: [...new Set(sessions.map((s) => format.format(s.started_at)))],
      what:
        recall.kind === 'lot'
          ? {
              kind: 'lot',
              productName: recall.product_name ?? 'a product',
              lotNumber: recall.lot_number ?? '',
            }
          : { kind: 'device', model: recall.device_model ?? 'treatment pen' },
    });
    await deps.mail.send({ to: patient.email, ...message, idempotencyKey: ctx.outboxId });
  },
});
