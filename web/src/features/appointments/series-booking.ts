import type { AvailableSlot, BookSeriesRequest, SeriesProposal, TreatmentSeries } from '@corium/contracts';
import { ApiError } from '../../lib/api';

export type ProposedSession = SeriesProposal['sessions'][number];

/** The time chosen for each session, by session number; null where none is free in its window. */
export type SessionChoices = Record<number, AvailableSlot | null>;

export function choicesFrom(proposal: SeriesProposal): SessionChoices {
  return Object.fromEntries(proposal.sessions.map((s) => [s.sessionNumber, s.slot]));
}

/** The series request for every session, or null while a session has no time. */
export function seriesSessions(
  proposal: SeriesProposal,
  choices: SessionChoices,
): BookSeriesRequest['sessions'] | null {
  const sessions = proposal.sessions.map((s) => ({
    number: s.sessionNumber,
    slot: choices[s.sessionNumber],
  }));
  if (sessions.some((s) => !s.slot)) return null;
  return sessions.map(({ number, slot }) => ({
    sessionNumber: number,
    start: slot!.start,
    assignment: slot!.assignment,
  }));
}

/** The session a refusal names (`details.sessionNumber`), when it names one. */
export function refusedSession(error: unknown): number | null {
  if (!(error instanceof ApiError)) return null;
  const details = error.details as { sessionNumber?: unknown } | undefined;
  if (details && typeof details.sessionNumber === 'number') return details.sessionNumber;
  const issues = error.fieldIssues;
  const match = issues.map((i) => /^sessions\.(\d+)\./.exec(i.path)).find((m) => m !== null);
  return match ? Number(match[1]) + 1 : null;
}

/** The first free time other than the one just taken, or null when the window has no other. */
export function nextFreeSlot(slots: AvailableSlot[], taken: string | undefined): AvailableSlot | null {
  return slots.find((slot) => slot.start !== taken) ?? null;
}

/** "2 of 4 booked": sessions on the books or done; cancelled ones are open again. */
export function sessionProgress(series: TreatmentSeries): { booked: number; total: number } {
  const held = new Set(
    series.appointments.filter((a) => a.status !== 'cancelled').map((a) => a.sessionNumber),
  );
  return { booked: held.size, total: series.sessions };
}

/** A series with sessions still to book. */
export const hasOpenSessions = (series: TreatmentSeries): boolean => {
  const { booked, total } = sessionProgress(series);
  return series.status === 'active' && booked < total;
};
