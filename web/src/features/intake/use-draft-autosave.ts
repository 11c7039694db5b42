import { useEffect, useState } from 'react';
import type { Answers } from './intake-values';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** Keeps a draft of the answers so far, e.g. the portal's `PUT /api/portal/intake/draft`. */
export type SaveDraft = (answers: Answers) => Promise<void>;

/** Long enough that a patient choosing a date is not interrupted, short enough to lose nothing. */
const quietMs = 800;

/**
 * Saves the latest answers one request at a time, so an older save can never land after a newer
 * one. A failed save is tried again with the next change, or when the patient moves on.
 */
function draftSaver(
  save: SaveDraft,
  initial: Answers,
  report: (state: SaveState) => void,
  onError: (error: unknown) => void,
) {
  let saved = JSON.stringify(initial);
  let latest = { json: saved, answers: initial };
  let running: Promise<void> | null = null;
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(): Promise<void> {
    while (!paused && latest.json !== saved) {
      const sending = latest;
      report('saving');
      try {
        await save(sending.answers);
      } catch (error) {
        report('failed');
        onError(error);
        return;
      }
      saved = sending.json;
      report('saved');
    }
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    running ??= run().finally(() => (running = null));
    return running;
  }

  return {
    change(answers: Answers) {
      const json = JSON.stringify(answers);
      if (json === latest.json) return;
      latest = { json, answers };
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), quietMs);
    },
    flush,
    /** Waits for a save on its way, then saves nothing more, e.g. while the answers are sent. */
    async pause() {
      paused = true;
      clearTimeout(timer);
      await running;
    },
    resume() {
      paused = false;
    },
  };
}

export interface DraftAutosave {
  state: SaveState;
  /** Saves now what is waiting, e.g. when the patient moves to another step. */
  flush: () => void;
  pause: () => Promise<void>;
  resume: () => void;
}

/**
 * Keeps the server's draft in step with `answers`, a moment after each change. Without `save`
 * (staff enter a history in one sitting and save it once) nothing is kept as they go.
 */
export function useDraftAutosave(
  answers: Answers,
  save: SaveDraft | undefined,
  onError: (error: unknown) => void,
): DraftAutosave {
  const [state, setState] = useState<SaveState>('idle');
  const [saver] = useState(() => (save ? draftSaver(save, answers, setState, onError) : null));

  useEffect(() => saver?.change(answers), [saver, answers]);
  // Leaving the page must not lose the last few seconds of answers.
  useEffect(() => () => void saver?.flush(), [saver]);

  return {
    state,
    flush: () => void saver?.flush(),
    pause: async () => saver?.pause(),
    resume: () => saver?.resume(),
  };
}
