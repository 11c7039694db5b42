import { useState } from 'react';
import type { Appointment, AvailableSlot, SeriesProposal } from '@corium/contracts';
import { isApiError } from '../../lib/api';
import { bookingApi, newIdempotencyKey } from './booking-api';
import { refusalOf, type Refusal } from './booking-words';
import {
  choicesFrom,
  nextFreeSlot,
  refusedSession,
  seriesSessions,
  type SessionChoices,
} from './series-booking';
import type { SeriesTarget } from './SeriesProposalView';
import type { Taken } from './TakenOffer';

/** The next free time in the refused session's window, other than the one just taken. */
async function offerFor(target: SeriesTarget, proposal: SeriesProposal, number: number, takenStart?: string) {
  const session = proposal.sessions.find((s) => s.sessionNumber === number);
  if (!session) return null;
  const { slots } = await bookingApi.availability({
    serviceId: target.serviceId,
    locationId: target.locationId,
    from: session.earliest,
    to: session.latest,
    practitionerId: target.practitionerId ?? undefined,
    limit: 20,
  });
  return nextFreeSlot(slots, takenStart);
}

/** The session whose time someone else took, with the next free time in its window; null for other refusals. */
async function takenOf(
  error: unknown,
  target: SeriesTarget,
  proposal: SeriesProposal,
  choices: SessionChoices,
): Promise<Taken | null> {
  const number = refusedSession(error);
  if (number === null || !isApiError(error, 'SLOT_TAKEN')) return null;
  const offer = await offerFor(target, proposal, number, choices[number]?.start).catch(() => null);
  return { sessionNumber: number, offer };
}

/** The times chosen per session, and booking them all; a taken time names its session and offers the next. */
export function useSeriesBooking(
  target: SeriesTarget,
  proposal: SeriesProposal,
  onBooked: (appointments: Appointment[]) => void,
) {
  const [choices, setChoices] = useState<SessionChoices>(() => choicesFrom(proposal));
  const [key, setKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [taken, setTaken] = useState<Taken | null>(null);
  const choose = (number: number, slot: AvailableSlot) => {
    setChoices((all) => ({ ...all, [number]: slot }));
    setKey(newIdempotencyKey());
    if (taken?.sessionNumber === number) setTaken(null);
  };
  async function refused(error: unknown) {
    const lost = await takenOf(error, target, proposal, choices);
    setKey(newIdempotencyKey());
    if (!lost) return setRefusal(refusalOf(error));
    setChoices((all) => ({ ...all, [lost.sessionNumber]: null }));
    setTaken(lost);
  }
  async function bookAll() {
    const sessions = seriesSessions(proposal, choices);
    if (!sessions) return;
    setBusy(true);
    setRefusal(null);
    setTaken(null);
    try {
      const body = {
        serviceId: target.serviceId,
        locationId: target.locationId,
        sessions,
        idempotencyKey: key,
      };
      onBooked((await bookingApi.bookSeries(target.patientId, target.seriesId, body)).appointments);
    } catch (error) {
      await refused(error);
    } finally {
      setBusy(false);
    }
  }
  const ready = seriesSessions(proposal, choices) !== null;
  return { choices, choose, busy, refusal, taken, bookAll, ready };
}
