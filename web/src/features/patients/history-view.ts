import { useCallback, useState } from 'react';
import type { MedicalHistory } from '@corium/contracts';
import { isApiError } from '../../lib/api';
import { clinicDay } from '../../lib/clinic-time';
import type { AnswerComparison } from '../patient-record/HistoryAnswers';
import { useResource, type Resource } from '../../ui/use-resource';
import { historyApi } from './history-api';

/** No history recorded (yet, or by that day) is an answer here, not a failure. */
function noneWhenNotFound(error: unknown): null {
  if (isApiError(error, 'NOT_FOUND')) return null;
  throw error;
}

/** `2026-03-01` → `2026-02-28`: calendar days, so no zone may shift them. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** A version just saved here, and the one it replaced, which need not be loaded again. */
interface Saved {
  history: MedicalHistory;
  replaced: MedicalHistory | null;
}

/**
 * The history in force now (`null` while none has been recorded); after a save here, the saved
 * version, so the panel shows it at once without reading the record again.
 */
export function useCurrentHistory(patientId: string) {
  const load = useCallback(() => historyApi.current(patientId).catch(noneWhenNotFound), [patientId]);
  const { resource, reload } = useResource(load);
  const [saved, setSaved] = useState<Saved | null>(null);
  const current: Resource<MedicalHistory | null> = saved
    ? { status: 'ready', data: saved.history }
    : resource;

  const adoptSaved = useCallback(
    (history: MedicalHistory) =>
      setSaved((last) => ({
        history,
        replaced: last ? last.history : resource.status === 'ready' ? resource.data : null,
      })),
    [resource],
  );
  return { current, reload, saved, adoptSaved };
}

/** What was known at the end of `day`; nothing is loaded while no day is chosen. */
export function useHistoryAsOf(patientId: string, day: string) {
  const load = useCallback(
    () => (day === '' ? Promise.resolve(null) : historyApi.asOf(patientId, day).catch(noneWhenNotFound)),
    [patientId, day],
  );
  return useResource(load);
}

/**
 * The version before `history`, to mark what changed in it: the one it replaced when it was
 * saved here, else the one in force the day before it was entered (versions entered the same
 * day cannot be told apart by date, so it may be older than the one just before).
 */
export function usePreviousVersion(
  patientId: string,
  history: MedicalHistory | null,
  replaced: MedicalHistory | null | undefined,
  timeZone: string,
) {
  const enteredOn = history ? clinicDay(new Date(history.enteredAt), timeZone) : null;
  const load = useCallback(() => {
    if (replaced !== undefined) return Promise.resolve(replaced);
    if (enteredOn === null) return Promise.resolve(null);
    return historyApi.asOf(patientId, dayBefore(enteredOn)).catch(noneWhenNotFound);
  }, [patientId, enteredOn, replaced]);
  return useResource(load).resource;
}

/** Changed answers are marked against the version before, "Before: …". */
export function sinceVersion(previous: MedicalHistory | null): AnswerComparison | undefined {
  if (previous === null) return undefined;
  return {
    answers: previous.answers,
    term: 'Before',
    description: `Changed since version ${previous.version}`,
  };
}

/** A past version's answers that differ from those in force now are marked, "Now: …". */
export function againstCurrent(current: MedicalHistory | null): AnswerComparison | undefined {
  if (current === null) return undefined;
  return {
    answers: current.answers,
    term: 'Now',
    description: `Different in the current version (${current.version})`,
  };
}

export function useHistoryVersions(patientId: string) {
  const load = useCallback(() => historyApi.versions(patientId), [patientId]);
  return useResource(load);
}
