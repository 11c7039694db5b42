import { useState } from 'react';
import { fieldIssue } from '@corium/contracts';
import { ApiError, describeError } from '../../lib/api';

/** Field messages by the server's dot path, e.g. `hours.1.start`. */
export type FieldMessages = Record<string, string>;

/**
 * Runs one change and keeps what the person needs to see: busy while it runs, then the
 * server's reason for a refusal (announced by FormProblem) and its field messages.
 */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldMessages>({});

  async function save(change: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setProblem(null);
    setFields({});
    try {
      await change();
      return true;
    } catch (error) {
      setProblem(describeError(error));
      // A refusal names its fields in `details` (400s, and 409s such as a serial number already in use).
      const issues = error instanceof ApiError ? fieldIssue.array().safeParse(error.details) : null;
      if (issues?.success) setFields(Object.fromEntries(issues.data.map((i) => [i.path, i.message])));
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** Shows a problem found before sending, e.g. overlapping hours. */
  function refuse(message: string, fieldMessages: FieldMessages = {}) {
    setProblem(message);
    setFields(fieldMessages);
  }

  return { busy, problem, fields, save, refuse };
}
