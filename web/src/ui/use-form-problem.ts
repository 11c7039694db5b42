import { useState } from 'react';
import { formFailure, type FieldErrors, type FormFailure } from '../lib/form-errors';
import { focusFirstError } from './focus-first-error';

interface FormWithErrors {
  setErrors: (errors: FieldErrors) => void;
}

/**
 * What a form shows when a submission is refused: messages beside its fields, one for the
 * whole form, and focus on the first field in error so a screen reader reads it out.
 */
export function useFormProblem(form: FormWithErrors, fields: readonly string[]) {
  const [formMessage, setFormMessage] = useState<string | null>(null);

  function show(failure: FormFailure) {
    form.setErrors(failure.fieldErrors);
    setFormMessage(failure.formMessage);
    focusFirstError(failure.fieldErrors, fields);
  }

  return {
    formMessage,
    clear: () => setFormMessage(null),
    show,
    fail: (error: unknown) => show(formFailure(error, fields)),
  };
}
