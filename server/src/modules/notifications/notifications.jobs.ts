import { appointmentNoticeKind, notificationChannel } from '@corium/contracts';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { defineJob } from '../../platform/jobs/job';
import { deliverNotice } from './notice-delivery';

/**
 * One message on one channel. It names the visits and the start each had when the message was
 * queued; the handler reloads them and sends only what is still true.
 */
export const appointmentNoticePayload = z.object({
  clinicId: z.uuid(),
  kind: appointmentNoticeKind,
  channel: notificationChannel,
  visits: z
    .array(
      z.object({
        appointmentId: z.uuid(),
        start: z.iso.datetime(),
        /** The calendar invite's SEQUENCE for this message. */
        sequence: z.number().int().min(0),
      }),
    )
    .min(1),
  /** For a moved visit: when it was. */
  previousStart: z.iso.datetime().nullable(),
});
export type AppointmentNoticePayload = z.infer<typeof appointmentNoticePayload>;

export const appointmentNoticeJob = defineJob<AppointmentNoticePayload, Deps>({
  name: 'notifications.appointment-notice',
  payload: appointmentNoticePayload,
  handle: (deps, payload, ctx) => deliverNotice(deps, payload, ctx),
});
