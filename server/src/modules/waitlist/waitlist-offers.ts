import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { recordAudit, type AuditActor, type AuditEvent } from '../../platform/audit/audit';
import type { Trx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { defineJob } from '../../platform/jobs/job';
import { enqueue } from '../../platform/jobs/outbox';
import { clinicBookingPolicy } from '../booking/portal/portal-options.service';
import { wallClockOf } from '../booking/wall-clock';
import { firstMatch, type WaitingEntry } from './waitlist-matching';
import * as repo from './waitlist.repo';

/**
 * Offering freed times: a cancelled visit's time goes to the first matching waiting patient,
 * by e-mail with a link that works until the offer expires; declined or expired, it goes to
 * the next. Offers are made by a job after the cancellation commits, so they see the time free.
 */

export const hashOfferToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const offerEvent = (
  action: AuditEvent['action'],
  patientId: string,
  offerId: string,
  details: Record<string, unknown>,
): AuditEvent => ({
  action,
  resourceType: 'waitlist_offer',
  resourceId: offerId,
  patientIds: [patientId],
  details,
});

/** The worker acts for no one: its audit events name the outbox job instead. */
const workerActor = (clinicId: string, outboxId: string): AuditActor => ({
  clinicId,
  userId: null,
  role: null,
  tokenId: null,
  ip: null,
  requestId: outboxId,
});

const toWaiting = (row: Awaited<ReturnType<typeof repo.waitingEntries>>[number]): WaitingEntry => ({
  id: row.id,
  patientId: row.patient_id,
  serviceId: row.service_id,
  locationId: row.location_id,
  practitionerId: row.practitioner_id,
  earliestDate: row.earliest_date,
  latestDate: row.latest_date,
  timeOfDay: row.time_of_day,
  createdAt: row.created_at,
  reachable: row.patient_email !== null,
});

/** The freed time, if it is still worth offering: cancelled, in the future, not yet offered or retaken. */
async function offerableTime(trx: Trx, deps: Deps, clinicId: string, appointmentId: string) {
  const freed = await repo.freedAppointment(trx, clinicId, appointmentId);
  if (!freed || freed.status !== 'cancelled' || freed.starts_at <= deps.clock.now()) return null;
  if (await repo.hasOpenOffer(trx, clinicId, appointmentId)) return null;
  if (await repo.freedTimeRetaken(trx, clinicId, appointmentId)) return null;
  return freed;
}

type FreedRow = NonNullable<Awaited<ReturnType<typeof repo.freedAppointment>>>;

/** The first waiting patient the freed time fits who has not been asked for it yet. */
async function nextInLine(trx: Trx, clinicId: string, freed: FreedRow): Promise<WaitingEntry | null> {
  const wall = wallClockOf(freed.starts_at, freed.time_zone);
  const time = {
    ...{ serviceId: freed.service_id, locationId: freed.location_id },
    ...{ practitionerId: freed.practitioner_id, day: wall.date, minutes: wall.minutes },
  };
  const entries = await repo.waitingEntries(trx, clinicId, freed.service_id, freed.location_id);
  const asked = await repo.offeredPatients(trx, clinicId, freed.id);
  return firstMatch(entries.map(toWaiting), time, new Set([freed.patient_id, ...asked]));
}

/**
 * Offers a cancelled visit's time to the first matching waiting patient not yet asked: the
 * offer row (the link's token only as its hash), the entry marked offered, the e-mail and the
 * expiry job. Nothing when nobody matches.
 */
export async function offerFreedTime(
  trx: Trx,
  deps: Deps,
  freedId: { clinicId: string; appointmentId: string },
  outboxId: string,
): Promise<string | null> {
  const { clinicId, appointmentId } = freedId;
  const freed = await offerableTime(trx, deps, clinicId, appointmentId);
  const entry = freed ? await nextInLine(trx, clinicId, freed) : null;
  if (!freed || !entry) return null;
  const now = deps.clock.now();
  const token = randomBytes(32).toString('base64url');
  const minutes = (await clinicBookingPolicy(trx, clinicId)).offer_minutes;
  const expiresAt = new Date(now.getTime() + minutes * 60_000);
  const id = newId();
  await repo.insertOffer(trx, {
    ...{ id, clinic_id: clinicId, entry_id: entry.id, freed_appointment_id: appointmentId },
    ...{
      starts_at: freed.starts_at,
      token_hash: hashOfferToken(token),
      expires_at: expiresAt,
      created_at: now,
    },
  });
  await repo.setEntryStatus(trx, clinicId, entry.id, 'offered', now);
  const offerUrl = `${deps.config.publicUrl}/portal/offers/${id}?token=${token}`;
  await enqueue(trx, offerEmailJob, { offerId: id, offerUrl }, { clinicId, runAt: now });
  await enqueue(trx, offerExpiryJob, { clinicId, offerId: id }, { clinicId, runAt: expiresAt });
  const details = {
    freedAppointmentId: appointmentId,
    start: freed.starts_at.toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
  await recordAudit(
    trx,
    workerActor(clinicId, outboxId),
    offerEvent('create', entry.patientId, id, details),
    now,
  );
  return id;
}

/**
 * Call inside the transaction that cancelled visits: each one's time is offered from the
 * waitlist by a job that runs once this transaction has committed.
 */
export async function offerFreedSlots(
  trx: Trx,
  deps: Deps,
  change: { clinicId: string; appointmentIds: string[] },
): Promise<void> {
  for (const appointmentId of change.appointmentIds)
    await enqueue(
      trx,
      offerSlotJob,
      { clinicId: change.clinicId, appointmentId },
      {
        clinicId: change.clinicId,
        runAt: deps.clock.now(),
      },
    );
}

/** An offer closed unanswered (declined, expired, its entry withdrawn): the next patient is asked. */
export async function passOn(
  trx: Trx,
  deps: Deps,
  offer: { clinic_id: string; freed_appointment_id: string },
) {
  await offerFreedSlots(trx, deps, {
    clinicId: offer.clinic_id,
    appointmentIds: [offer.freed_appointment_id],
  });
}

/** The offer's time ran out unanswered: the patient waits on, the next patient is asked. */
async function expireOffer(
  trx: Trx,
  deps: Deps,
  payload: { clinicId: string; offerId: string },
  outboxId: string,
) {
  const offer = await repo.lockOffer(trx, payload.clinicId, payload.offerId);
  const now = deps.clock.now();
  if (!offer || offer.status !== 'open' || now < offer.expires_at) return;
  await repo.closeOffer(trx, offer.clinic_id, offer.id, { status: 'expired', at: now });
  const entry = await repo.lockEntry(trx, offer.clinic_id, offer.entry_id);
  if (entry?.status === 'offered') await repo.setEntryStatus(trx, offer.clinic_id, entry.id, 'waiting', now);
  const event = offerEvent('update', entry!.patient_id, offer.id, { status: 'expired' });
  await recordAudit(trx, workerActor(offer.clinic_id, outboxId), event, now);
  await passOn(trx, deps, offer);
}

const dateTimeWords = (at: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at);

/** The offer e-mail carries the link itself: only its hash is stored, so it cannot be rebuilt from ids. */
export const offerEmailJob = defineJob<{ offerId: string; offerUrl: string }, Deps>({
  name: 'waitlist.offer-email',
  payload: z.object({ offerId: z.uuid(), offerUrl: z.url() }),
  async handle(deps, { offerId, offerUrl }, ctx) {
    const offer = await repo.findOfferForMail(ctx.trx, offerId);
    if (!offer || offer.status !== 'open' || !offer.patient_email) return; // answered or expired already
    const withWhom = offer.practitioner_name ? ` with ${offer.practitioner_name}` : '';
    await deps.mail.send({
      to: offer.patient_email,
      subject: `${offer.clinic_name}: a time has come free for you`,
      text: [
        `Hello ${offer.given_name},`,
        '',
        `A time you were waiting for has come free: ${offer.service_name}${withWhom} at ${offer.location_name}, ${dateTimeWords(offer.starts_at, offer.time_zone)}.`,
        `It is held for you until ${dateTimeWords(offer.expires_at, offer.time_zone)}. To take it, sign in and accept here:`,
        offerUrl,
        '',
        'If it does not suit you, decline it on the same page so the next person can have it; you stay on the waitlist.',
      ].join('\n'),
      idempotencyKey: ctx.outboxId,
    });
  },
});

export const offerSlotJob = defineJob<{ clinicId: string; appointmentId: string }, Deps>({
  name: 'waitlist.offer-slot',
  payload: z.object({ clinicId: z.uuid(), appointmentId: z.uuid() }),
  async handle(deps, payload, ctx) {
    await offerFreedTime(ctx.trx, deps, payload, ctx.outboxId);
  },
});

export const offerExpiryJob = defineJob<{ clinicId: string; offerId: string }, Deps>({
  name: 'waitlist.offer-expiry',
  payload: z.object({ clinicId: z.uuid(), offerId: z.uuid() }),
  async handle(deps, payload, ctx) {
    await expireOffer(ctx.trx, deps, payload, ctx.outboxId);
  },
});

export const waitlistJobs = [offerSlotJob, offerEmailJob, offerExpiryJob] as const;
