import type { ReactNode } from 'react';
import type { IntakeQuestion } from '@corium/contracts';
import { Fieldset, Stack, Text } from '@mantine/core';
import type { FieldErrors } from '../../lib/form-errors';
import type { Entry } from './intake-values';

/** What every question's controls get: its entry, a way to change it, and any messages. */
export interface QuestionProps<T extends Entry['type']> {
  question: IntakeQuestion;
  entry: Extract<Entry, { type: T }>;
  onChange: (entry: Extract<Entry, { type: T }>) => void;
  /** Messages by path, e.g. `recent_procedures.0.date`. */
  errors: FieldErrors;
  /** The clinic's calendar day, `YYYY-MM-DD`: no date in the history can be later. */
  today: string;
}

export const errorIdOf = (id: string) => `${id}-error`;

/** Marks radios or tick boxes as wrong and points them at the message, so it is read with them. */
export function invalidProps(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true, 'aria-describedby': errorIdOf(id) } : {};
}

interface QuestionFieldsetProps {
  question: IntakeQuestion;
  /** A message about the whole question, e.g. from the server; fields show their own. */
  error?: string;
  children: ReactNode;
}

/** One question: its words as the legend, the help below them, then the ways to answer. */
export function QuestionFieldset({ question, error, children }: QuestionFieldsetProps) {
  const helpId = `${question.id}-help`;
  const describedBy = [question.help && helpId, error && errorIdOf(question.id)].filter(Boolean).join(' ');
  return (
    <Fieldset
      variant="unstyled"
      legend={question.label}
      aria-describedby={describedBy || undefined}
      styles={{ legend: { fontSize: 'var(--mantine-font-size-md)', lineHeight: 1.45 } }}
    >
      <Stack gap="xs">
        {question.help && (
          <Text id={helpId} size="sm" c="dimmed" mt={-4}>
            {question.help}
          </Text>
        )}
        {error && (
          <Text id={errorIdOf(question.id)} size="sm" fw={600} c="var(--mantine-color-error)">
            {error}
          </Text>
        )}
        {children}
      </Stack>
    </Fieldset>
  );
}
