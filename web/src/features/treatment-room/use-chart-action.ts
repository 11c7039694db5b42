import { useState } from 'react';
import type { SessionChart } from '@corium/contracts';
import { formFailure, type FieldErrors } from '../../lib/form-errors';

export interface ChartAction {
  busy: boolean;
  /** The server's sentence when a change was refused, for the whole panel. */
  problem: string | null;
  /** A short note once a change is saved, read out by a live region. */
  saved: string | null;
  /**
   * Sends one change. The new chart goes to the page; a refusal's field messages come back
   * for the form's own fields (`fields`), and anything else becomes `problem`.
   */
  run: (
    send: () => Promise<SessionChart>,
    savedNote: string,
    fields?: readonly string[],
  ) => Promise<RunResult>;
  clear: () => void;
}

export type RunResult =
  { ok: true; chart: SessionChart } | { ok: false; fieldErrors: FieldErrors; message: string | null };

/** One panel's saves: a spinner while one is on its way, then the chart as the server has it. */
export function useChartAction(onChart: (chart: SessionChart) => void): ChartAction {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function run(
    send: () => Promise<SessionChart>,
    savedNote: string,
    fields: readonly string[] = [],
  ): Promise<RunResult> {
    setBusy(true);
    setProblem(null);
    setSaved(null);
    try {
      const chart = await send();
      onChart(chart);
      setSaved(savedNote);
      return { ok: true, chart };
    } catch (error) {
      const failure = formFailure(error, fields);
      setProblem(failure.formMessage);
      return { ok: false, fieldErrors: failure.fieldErrors, message: failure.formMessage };
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    problem,
    saved,
    run,
    clear: () => {
      setProblem(null);
      setSaved(null);
    },
  };
}
