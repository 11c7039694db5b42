import { useCallback, useMemo, useState } from 'react';
import type { MedicalHistory, QuestionId } from '@corium/contracts';
import { isApiError } from '../../lib/api';
import type { FieldErrors } from '../../lib/form-errors';
import { useSession } from '../auth/session';
import { answersFromForm } from './intake-answers';
import { intakeApi } from './intake-api';
import { questionOfError, stepProblems, submitFailure } from './intake-checks';
import { patientSteps, type Entry, type IntakeForm } from './intake-values';
import { useDraftAutosave } from './use-draft-autosave';

/** The steps are `0…n-1`; one past the last is the review of every answer before sending. */
export const reviewIndex = patientSteps.length;

export type FocusTarget = 'heading' | 'problem';
/** A new object each time, so asking for the same target twice still moves focus. */
export interface FocusRequest {
  target: FocusTarget;
}

const stepIndexOf = (id: string) => patientSteps.findIndex((step) => step.id === id);

/** The earliest step with a message on it, so the patient is taken to the first thing to fix. */
function firstStepWithError(errors: FieldErrors): number | undefined {
  const steps = Object.keys(errors).flatMap((path) => {
    const question = questionOfError(path);
    return question ? [stepIndexOf(question.step)] : [];
  });
  return steps.length > 0 ? Math.min(...steps) : undefined;
}

function allProblems(form: IntakeForm, today: string): FieldErrors {
  return Object.assign({}, ...patientSteps.map((step) => stepProblems(step.id, form, today))) as FieldErrors;
}

function useEntries(start: IntakeForm) {
  const [form, setForm] = useState(start);
  const [errors, setErrors] = useState<FieldErrors>({});
  const answers = useMemo(() => answersFromForm(form), [form]);

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

/** The questionnaire's state: the answers, the step on screen, saving as it goes, and sending. */
export function useIntake(start: IntakeForm, today: string) {
  const { recheck } = useSession();
  const entries = useEntries(start);
  const stepper = useStepper();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<MedicalHistory | null>(null);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  // An ended session sends the patient to sign in; their draft is waiting when they are back.
  const onError = useCallback(
    (error: unknown) => {
      if (isApiError(error, 'UNAUTHENTICATED')) recheck();
    },
    [recheck],
  );
  const autosave = useDraftAutosave(entries.answers, onError);

  function goTo(index: number, target?: FocusTarget) {
    autosave.flush();
    stepper.goTo(index, target);
  }

  function showErrors(errors: FieldErrors) {
    entries.setErrors(errors);
    const step = firstStepWithError(errors);
    if (step !== undefined) goTo(step, 'problem');
  }

  function next() {
    const problems = stepProblems(patientSteps[stepper.index]?.id, entries.form, today);
    if (Object.keys(problems).length > 0) showErrors(problems);
    else goTo(stepper.index + 1);
  }

  async function send() {
    const problems = allProblems(entries.form, today);
    if (Object.keys(problems).length > 0) return showErrors(problems);
    setSending(true);
    setFormMessage(null);
    await autosave.pause();
    try {
      setSent(await intakeApi.send(entries.answers));
    } catch (error) {
      autosave.resume();
      onError(error);
      const failure = submitFailure(error, entries.form);
      setFormMessage(failure.formMessage);
      showErrors(failure.fieldErrors);
    } finally {
      setSending(false);
    }
  }

  return { ...entries, ...stepper, goTo, next, send, sending, sent, formMessage, saveState: autosave.state };
}
