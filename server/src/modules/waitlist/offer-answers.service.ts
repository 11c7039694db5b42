import type { OfferAnswer, WaitlistOffer } from '@corium/contracts';
import { timingSafeEqual } from 'node:crypto';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { bookAppointment } from '../booking/book-appointment.service';
import { patientRefusalError, toPatientRefusal } from '../booking/portal/portal-refusals';
import { ownPatientId } from '../patients/patients.service';
import { toWaitlistOffer } from './waitlist.mapper';
import * as repo from './waitlist.repo';
import { hashOfferToken, offerEvent, passOn } from './waitlist-offers';

/**
 * The patient answers an offer from its link: signed in as themselves, with the link's token.
 * Accepting books through the same rules as any booking; if the time is gone, they stay waiting.
 */

const noSuchOffer = () => new AppError('NOT_FOUND', 'There is no such offer for you');

/** The caller's own offer, if the link's token is its token: 404 for anything else. */
async function ownOffer(
  db: Executor,
  principal: Principal,
  patientId: string,
  offerId: string,
  token: string,
) {
  const offer = await repo.findOffer(db, principal.clinicId, offerId);
  if (!offer || offer.patient_id !== patientId) throw noSuchOffer();
  const given = Buffer.from(hashOfferToken(token), 'hex');
  if (!timingSafeEqual(given, Buffer.from(offer.token_hash, 'hex'))) throw noSuchOffer();
  return offer;
}

/** Expired by the clock even before the expiry job has run. */
const stillOpen = (offer: repo.OfferRow, now: Date) => offer.status === 'open' && now < offer.expires_at;

export async function readOwnOffer(
  deps: Deps,
  principal: Principal,
  offerId: string,
  token: string,
  meta: RequestMeta,
): Promise<WaitlistOffer> {
  const patientId = await ownPatientId(deps, principal);
  return deps.db.transaction().execute(async (trx) => {
    const offer = await ownOffer(trx, principal, patientId, offerId, token);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      offerEvent('read', patientId, offerId, {}),
      deps.clock.now(),
    );
    const shown = toWaitlistOffer(offer);
    return stillOpen(offer, deps.clock.now()) || offer.status !== 'open'
      ? shown
      : { ...shown, status: 'expired' };
  });
}

/** Closes an open offer unaccepted; the entry waits again and the time goes to the next patient. */
async function closeUnaccepted(
  trx: Trx,
  deps: Deps,
  offer: { clinic_id: string; id: string; entry_id: string; freed_appointment_id: string },
  status: 'declined' | 'unavailable',
  passOnTime: boolean,
) {
  const now = deps.clock.now();
  await repo.closeOffer(trx, offer.clinic_id, offer.id, { status, at: now });
  const entry = await repo.lockEntry(trx, offer.clinic_id, offer.entry_id);
  if (entry?.status === 'offered') await repo.setEntryStatus(trx, offer.clinic_id, entry.id, 'waiting', now);
  if (passOnTime) await passOn(trx, deps, offer);
}

export async function declineOwnOffer(
  deps: Deps,
  principal: Principal,
  offerId: string,
  answer: OfferAnswer,
  meta: RequestMeta,
): Promise<WaitlistOffer> {
  const patientId = await ownPatientId(deps, principal);
  await deps.db.transaction().execute(async (trx) => {
    const offer = await ownOffer(trx, principal, patientId, offerId, answer.token);
    const locked = await repo.lockOffer(trx, principal.clinicId, offer.id);
    if (locked?.status !== 'open') throw patientRefusalError({ reason: 'offer_gone' });
    await closeUnaccepted(trx, deps, locked, 'declined', true);
    const event = offerEvent('update', patientId, offerId, { status: 'declined' });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
  });
  return toWaitlistOffer((await repo.findOffer(deps.db, principal.clinicId, offerId))!);
}

/** The booking made from an accepted offer is recorded on it; the entry is done. */
async function recordAccepted(
  deps: Deps,
  principal: Principal,
  offer: repo.OfferRow,
  appointmentId: string,
  meta: RequestMeta,
) {
  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    await repo.lockOffer(trx, principal.clinicId, offer.id);
    await repo.closeOffer(trx, principal.clinicId, offer.id, { status: 'accepted', at: now, appointmentId });
    await repo.setEntryStatus(trx, principal.clinicId, offer.entry_id, 'booked', now);
    const event = offerEvent('update', offer.patient_id, offer.id, { status: 'accepted', appointmentId });
    await recordAudit(trx, actorOf(principal, meta), event, now);
  });
}

/** The offered time could not be booked: the offer closes, the patient waits on, and a time still free goes on to the next. */
async function recordRefused(
  deps: Deps,
  offer: repo.OfferRow,
  error: unknown,
  principal: Principal,
  meta: RequestMeta,
) {
  const slotTaken = error instanceof AppError && error.code === 'SLOT_TAKEN';
  await deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockOffer(trx, principal.clinicId, offer.id);
    if (locked?.status !== 'open') return;
    await closeUnaccepted(trx, deps, locked, 'unavailable', !slotTaken);
    const event = offerEvent('update', offer.patient_id, offer.id, {
      status: 'unavailable',
      refusal: error instanceof AppError ? error.code : 'error',
    });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
  });
}

/**
 * Books the offered time for the patient through the normal booking (screening gate, spacing,
 * hours, exclusion constraints); the offer's id makes the idempotency key, so a retried accept
 * returns the same visit.
 */
export async function acceptOwnOffer(
  deps: Deps,
  principal: Principal,
  offerId: string,
  answer: OfferAnswer,
  meta: RequestMeta,
): Promise<WaitlistOffer> {
  const patientId = await ownPatientId(deps, principal);
  const offer = await ownOffer(deps.db, principal, patientId, offerId, answer.token);
  if (offer.status === 'accepted') return toWaitlistOffer(offer);
  if (!stillOpen(offer, deps.clock.now())) throw patientRefusalError({ reason: 'offer_gone' });
  const assignment = Object.fromEntries(
    (await repo.freedAssignment(deps.db, principal.clinicId, offer.freed_appointment_id)).map((h) => [
      h.role_key,
      h.resource_id,
    ]),
  );
  const request = {
    ...{ serviceId: offer.service_id, locationId: offer.location_id, start: offer.starts_at.toISOString() },
    ...{ assignment, idempotencyKey: `waitlist-offer-${offer.id}` },
  };
  const booked = await bookAppointment(deps, principal, patientId, request, meta).catch(
    async (error: unknown) => {
      await recordRefused(deps, offer, error, principal, meta);
      throw await toPatientRefusal(deps, principal, { patientId, request }, error);
    },
  );
  await recordAccepted(deps, principal, offer, booked.id, meta);
  return toWaitlistOffer((await repo.findOffer(deps.db, principal.clinicId, offerId))!);
}
