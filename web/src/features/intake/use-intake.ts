import { useCallback, useMemo, useState } from 'react';
import type { MedicalHistory, QuestionId } from '@corium/contracts';
import { isApiError } from '../../lib/api';
import type { FieldErrors } from '../../lib/form-errors';
import { useSession } from '../auth/session';
import { answersFromForm } from './intake-answers';
import { questionOfError, stepProblems, submitFailure } from './intake-checks';
import type { Answers, Entry, IntakeForm } from './intake-values';
import type { Questionnaire } from './questionnaire';
import { useDraftAutosave, type DraftAutosave, type SaveDraft } from './use-draft-autosave';

export type FocusTarget = 'heading' | 'problem';
/** A new object each time, so asking for the same target twice still moves focus. */
export interface FocusRequest {
  target: FocusTarget;
}

/** The earliest step with a message on it, so the form opens on the first thing to fix. */
function firstStepWithError(questionnaire: Questionnaire, errors: FieldErrors): number | undefined {
  const steps = Object.keys(errors).flatMap((path) => {
    const question = questionOfError(questionnaire, path);
    return question ? [questionnaire.steps.findIndex((step) => step.id === question.step)] : [];
  });
  return steps.length > 0 ? Math.min(...steps) : undefined;
}

function allProblems(questionnaire: Questionnaire, form: IntakeForm, today: string): FieldErrors {
  const problems = questionnaire.steps.map((step) => stepProblems(questionnaire, step.id, form, today));
  return Object.assign({}, ...problems) as FieldErrors;
}

function useEntries(start: IntakeForm, questionnaire: Questionnaire) {
  const [form, setForm] = useState(start);
  const [errors, setErrors] = useState<FieldErrors>({});
  const answers = useMemo(() => answersFromForm(form, questionnaire), [form, questionnaire]);

  const setEntry = useCallback((id: QuestionId, entry: Entry) => {
    setForm((current) => ({ ...current, [id]: entry }));
    // A changed answer takes its old messages with it, including those of its rows.
    setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([path]) => path !== id && !path.startsWith(`${id}.`)),
      ),
    );
  }, []);

  return { form, answers, errors, setErrors, setEntry };
}

function useStepper() {
  const [index, setIndex] = useState(0);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const goTo = useCallback((next: number, target: FocusTarget = 'heading') => {
    setIndex(next);
    setFocus({ target });
  }, []);
  return { index, focus, goTo };
}

export interface IntakeSetup {
  questionnaire: Questionnaire;
  start: IntakeForm;
  /** The clinic's calendar day, `YYYY-MM-DD`: no date in the history can be later. */
  today: string;
  /** Records the answers as a new version of the medical history. */
  submit: (answers: Answers) => Promise<MedicalHistory>;
  /** Keeps the answers as they are entered; without it nothing is kept until `submit`. */
  saveDraft?: SaveDraft;
}

/** An ended session asks for a new sign-in; a draft, if kept, is waiting when they are back. */
function useSessionCheck() {
  const { recheck } = useSession();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error, 'UNAUTHENTICATED')) recheck();
    },
    [recheck],
  );
}

interface Sending {
  setup: IntakeSetup;
  entries: ReturnType<typeof useEntries>;
  autosave: DraftAutosave;
  onError: (error: unknown) => void;
  showErrors: (errors: FieldErrors) => void;
}

/** Checks every step, then records the answers; a refusal is shown beside the answers it names. */
function useSending({ setup, entries, autosave, onError, showErrors }: Sending) {
  const { questionnaire, today, submit } = setup;
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<MedicalHistory | null>(null);
  const [formMessage, setFormMessage] = useState<string | null>(null);

  async function send() {
    const problems = allProblems(questionnaire, entries.form, today);
    if (Object.keys(problems).length > 0) return showErrors(problems);
    setSending(true);
    setFormMessage(null);
    await autosave.pause();
    try {
      setSent(await submit(entries.answers));
    } catch (error) {
      autosave.resume();
      onError(error);
      const failure = submitFailure(error, entries.form, questionnaire);
      setFormMessage(failure.formMessage);
      showErrors(failure.fieldErrors);
    } finally {
      setSending(false);
    }
  }

  return { send, sending, sent, formMessage };
}

/**
 * The questionnaire's state: the answers, the step on screen (`0…n-1`, then `n` for the review
 * of every answer), saving as it goes when there is a draft, and sending.
 */
export function useIntake(setup: IntakeSetup) {
  const { questionnaire, start, today, saveDraft } = setup;
  const onError = useSessionCheck();
  const entries = useEntries(start, questionnaire);
  const stepper = useStepper();
  const autosave = useDraftAutosave(entries.answers, saveDraft, onError);

  function goTo(index: number, target?: FocusTarget) {
    autosave.flush();
    stepper.goTo(index, target);
  }

  function showErrors(errors: FieldErrors) {
    entries.setErrors(errors);
    const step = firstStepWithError(questionnaire, errors);
    if (step !== undefined) goTo(step, 'problem');
  }

  function next() {
    const problems = stepProblems(questionnaire, questionnaire.steps[stepper.index]?.id, entries.form, today);
    if (Object.keys(problems).length > 0) showErrors(problems);
    else goTo(stepper.index + 1);
  }

  const sending = useSending({ setup, entries, autosave, onError, showErrors });
  return {
    ...entries,
    ...stepper,
    ...sending,
    reviewIndex: questionnaire.steps.length,
    goTo,
    next,
    saveState: autosave.state,
  };
}
