import type { NotificationChannel } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { JobContext } from '../../platform/jobs/job';
import type { MailAttachment } from '../../platform/mail/mailer';
import { newId } from '../../platform/ids';
import { patientErased } from '../privacy/patient-access';
import { SmsRefused } from '../../platform/sms/sms-sender';
import { DEFAULT_PREFERENCE, mobileNumber, recipientFor } from './channel-choice';
import { buildInvite } from './ics';
import { emailText, smsText, type NoticeContext, type VisitForNotice } from './notice-texts';
import { stillTrue } from './notice-rules';
import type { AppointmentNoticePayload } from './notifications.jobs';
import * as repo from './notifications.repo';
import { preCareFor, preCareSet } from './pre-care';

interface CurrentVisit {
  row: repo.VisitRow;
  visit: VisitForNotice;
  sequence: number;
}

interface Outcome {
  status: 'sent' | 'failed';
  detail: string | null;
  /** The pre-care instructions' version, when the message carried them. */
  pre_care_version: string | null;
}

const toVisit = (row: repo.VisitRow): VisitForNotice => ({
  serviceName: row.service_name,
  locationName: row.location_name,
  locationAddress: row.location_address,
  timeZone: row.time_zone,
  start: row.starts_at,
  end: row.ends_at,
});

/** The visits of the message that are still as it says, in start order. */
async function currentVisits(
  deps: Deps,
  p: AppointmentNoticePayload,
  ctx: JobContext,
): Promise<CurrentVisit[]> {
  const ids = p.visits.map((v) => v.appointmentId);
  const rows = await repo.visitsForNotice(ctx.trx, p.clinicId, ids);
  const now = deps.clock.now();
  return rows.flatMap((row) => {
    const queued = p.visits.find((v) => v.appointmentId === row.id)!;
    const state = { status: row.status, startsAt: row.starts_at };
    return stillTrue(p.kind, queued.start, state, now)
      ? [{ row, visit: toVisit(row), sequence: queued.sequence }]
      : [];
  });
}

/** `Corium <no-reply@clinic.example>` → the address; the organiser of the invite. */
const addressOf = (from: string): string => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

function invites(deps: Deps, p: AppointmentNoticePayload, visits: CurrentVisit[], context: NoticeContext) {
  if (p.kind === 'reminder') return [];
  const method = p.kind === 'cancellation' ? 'CANCEL' : 'REQUEST';
  return visits.map(({ row, visit, sequence }): MailAttachment => ({
    filename: `appointment-${row.starts_at.toISOString().slice(0, 10)}.ics`,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: buildInvite({
      method,
      uid: `${row.id}@corium`,
      sequence,
      stamp: deps.clock.now(),
      start: visit.start,
      end: visit.end,
      summary: `${visit.serviceName} at ${context.clinicName}`,
      location: [visit.locationName, visit.locationAddress].filter(Boolean).join(', '),
      description: `${visit.serviceName} at ${context.clinicName}. Please arrive on time.`,
      organizer: { name: context.clinicName, email: addressOf(deps.config.mailFrom) },
      attendee: row.email ? { name: context.patientName, email: row.email } : null,
    }),
  }));
}

async function sendEmail(
  deps: Deps,
  p: AppointmentNoticePayload,
  to: string,
  visits: CurrentVisit[],
  ctx: JobContext,
): Promise<Outcome> {
  const first = visits[0]!.row;
  const context = { patientName: first.given_name, clinicName: first.clinic_name };
  const preCare = p.kind === 'reminder' ? preCareFor(first.modality) : [];
  const text = emailText(
    p.kind,
    context,
    visits.map((v) => v.visit),
    { previousStart: p.previousStart ? new Date(p.previousStart) : null, preCare },
  );
  await deps.mail.send({
    to,
    ...text,
    idempotencyKey: ctx.outboxId,
    attachments: invites(deps, p, visits, context),
  });
  return { status: 'sent', detail: null, pre_care_version: preCare.length > 0 ? preCareSet.version : null };
}

/** A refusal by the provider is final and recorded; any other failure is thrown for the outbox to retry. */
async function sendSms(
  deps: Deps,
  p: AppointmentNoticePayload,
  to: string,
  visits: CurrentVisit[],
): Promise<Outcome> {
  const first = visits[0]!.row;
  const context = { patientName: first.given_name, clinicName: first.clinic_name };
  try {
    await deps.sms.send({
      to,
      body: smsText(
        p.kind,
        context,
        visits.map((v) => v.visit),
      ),
    });
    return { status: 'sent', detail: null, pre_care_version: null };
  } catch (error) {
    if (error instanceof SmsRefused)
      return { status: 'failed', detail: error.message, pre_care_version: null };
    throw error;
  }
}

/** Sends one appointment message on one channel, if it is still true and still wanted there. */
export async function deliverNotice(deps: Deps, p: AppointmentNoticePayload, ctx: JobContext): Promise<void> {
  const visits = await currentVisits(deps, p, ctx);
  if (visits.length === 0) return;
  const first = visits[0]!.row;
  // An erased patient is sent nothing more, even by a job queued before the erasure.
  if (await patientErased(ctx.trx, p.clinicId, first.patient_id)) return;
  const preference = (await repo.findPreference(ctx.trx, p.clinicId, first.patient_id)) ?? DEFAULT_PREFERENCE;
  const reach = { email: first.email, mobile: mobileNumber(first.phone), smsAvailable: deps.sms.enabled };
  const channel: NotificationChannel = p.channel;
  const to = recipientFor(channel, preference, reach);
  if (!to) return;
  const outcome =
    channel === 'email' ? await sendEmail(deps, p, to, visits, ctx) : await sendSms(deps, p, to, visits);
  const at = deps.clock.now();
  await repo.recordSent(
    ctx.trx,
    visits.map(({ row }) => ({
      id: newId(),
      clinic_id: p.clinicId,
      patient_id: row.patient_id,
      appointment_id: row.id,
      channel,
      kind: p.kind,
      recipient: to,
      outbox_id: ctx.outboxId,
      at,
      ...outcome,
    })),
  );
}
