import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; data: T };

interface Settled<T> {
  load: () => Promise<T>;
  attempt: number;
  outcome: Resource<T>;
}

interface ResourceOptions {
  /**
   * Keep showing the last answer while a different one loads, e.g. search results while the
   * person types. Never for pages about one patient, where it would show the previous patient.
   */
  keepWhileLoading?: boolean;
}

interface LoadedResource<T> {
  resource: Resource<T>;
  /** True while `resource` is an earlier answer and a newer one is on its way. */
  refreshing: boolean;
  reload: () => void;
}

/**
 * Loads what `load` returns, again whenever `load` changes (callers wrap it in `useCallback`
 * with the inputs it depends on) or `reload` is called. Answers to superseded loads are dropped.
 */
export function useResource<T>(load: () => Promise<T>, options: ResourceOptions = {}): LoadedResource<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    let wanted = true;
    const settle = (outcome: Resource<T>) => {
      if (wanted) setSettled({ load, attempt, outcome });
    };
    load().then(
      (data) => settle({ status: 'ready', data }),
      (error: unknown) => settle({ status: 'failed', error }),
    );
    return () => {
      wanted = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  if (settled === null) return { resource: { status: 'loading' }, refreshing: false, reload };
  const current = settled.load === load && settled.attempt === attempt;
  if (current) return { resource: settled.outcome, refreshing: false, reload };
  // A reload of the same thing keeps what is on screen; so may a new search, if asked to.
  const keep = settled.outcome.status === 'ready' && (settled.load === load || options.keepWhileLoading);
  return keep
    ? { resource: settled.outcome, refreshing: true, reload }
    : { resource: { status: 'loading' }, refreshing: false, reload };
}
