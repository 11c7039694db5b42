import type { AppointmentNoticeKind, NotificationChannel } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Trx } from '../../platform/db/database';
import { enqueue } from '../../platform/jobs/outbox';
import { reminderAt } from './notice-rules';
import { appointmentNoticeJob, type AppointmentNoticePayload } from './notifications.jobs';
import * as repo from './notifications.repo';
import { offerFreedSlots } from '../waitlist/waitlist-offers';

/** A change to a patient's visits, told inside the transaction that made it. */
export interface AppointmentChange {
  clinicId: string;
  patientId: string;
  appointmentIds: string[];
}

type QueuedVisit = AppointmentNoticePayload['visits'][number];
type VisitNow = QueuedVisit & { startsAt: Date };

/** The visit as a payload names it. */
const queued = (v: VisitNow): QueuedVisit => ({
  appointmentId: v.appointmentId,
  start: v.start,
  sequence: v.sequence,
});

/**
 * Every channel a message might go out on. Which one it really takes is decided when it is
 * sent, from the patient's preferences then: a choice changed in between still counts.
 */
const channels = (deps: Deps): NotificationChannel[] => (deps.sms.enabled ? ['email', 'sms'] : ['email']);

async function queue(
  trx: Trx,
  deps: Deps,
  message: { clinicId: string; kind: AppointmentNoticeKind; visits: QueuedVisit[]; previousStart?: Date },
  runAt: Date,
): Promise<void> {
  for (const channel of channels(deps))
    await enqueue(
      trx,
      appointmentNoticeJob as never,
      {
        clinicId: message.clinicId,
        kind: message.kind,
        channel,
        visits: message.visits,
        previousStart: message.previousStart?.toISOString() ?? null,
      },
      { clinicId: message.clinicId, runAt },
    );
}

/** The visits as they are in this transaction, with the invite SEQUENCE each message carries. */
async function visitsNow(
  trx: Trx,
  clinicId: string,
  ids: string[],
  sequence: (id: string) => Promise<number>,
) {
  const rows = await repo.visitsForNotice(trx, clinicId, ids);
  const visits: VisitNow[] = [];
  for (const row of rows)
    visits.push({
      appointmentId: row.id,
      start: row.starts_at.toISOString(),
      startsAt: row.starts_at,
      sequence: await sequence(row.id),
    });
  return visits;
}

/** The reminder of each visit, a day before; none for a visit that close already. */
async function queueReminders(trx: Trx, deps: Deps, clinicId: string, visits: VisitNow[]) {
  for (const visit of visits) {
    const at = reminderAt(visit.startsAt, deps.clock.now());
    if (at) await queue(trx, deps, { clinicId, kind: 'reminder', visits: [queued(visit)] }, at);
  }
}

/** A visit (or every session of a series booked as one action) was booked: one confirmation, a reminder each. */
export async function appointmentsBooked(trx: Trx, deps: Deps, change: AppointmentChange): Promise<void> {
  const { clinicId } = change;
  const visits = await visitsNow(trx, clinicId, change.appointmentIds, async (id) => {
    await repo.startInvite(trx, clinicId, id);
    return 0;
  });
  if (visits.length === 0) return;
  const confirmed = visits.map(queued);
  await queue(trx, deps, { clinicId, kind: 'confirmation', visits: confirmed }, deps.clock.now());
  await queueReminders(trx, deps, clinicId, visits);
}

/** A visit was cancelled: its time is free for someone else. */
export async function appointmentCancelled(trx: Trx, deps: Deps, change: AppointmentChange): Promise<void> {
  const { clinicId } = change;
  const visits = await visitsNow(trx, clinicId, change.appointmentIds, (id) =>
    repo.nextInviteSequence(trx, clinicId, id),
  );
  for (const visit of visits)
    await queue(trx, deps, { clinicId, kind: 'cancellation', visits: [queued(visit)] }, deps.clock.now());
  // The freed time goes to the first patient waiting for it.
  await offerFreedSlots(trx, deps, { clinicId, appointmentIds: change.appointmentIds });
}

/** A visit moved to another time: `previousStart` is when it was. */
export async function appointmentMoved(
  trx: Trx,
  deps: Deps,
  change: AppointmentChange & { previousStart: Date },
): Promise<void> {
  const { clinicId, previousStart } = change;
  const visits = await visitsNow(trx, clinicId, change.appointmentIds, (id) =>
    repo.nextInviteSequence(trx, clinicId, id),
  );
  for (const visit of visits)
    await queue(
      trx,
      deps,
      { clinicId, kind: 'moved', visits: [queued(visit)], previousStart },
      deps.clock.now(),
    );
  await queueReminders(trx, deps, clinicId, visits);
}
