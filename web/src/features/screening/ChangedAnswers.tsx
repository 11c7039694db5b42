import type { QuestionId } from '@corium/contracts';
import { Box, Card, MultiSelect, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FieldErrors } from '../../lib/form-errors';
import type { Entry } from '../intake/intake-values';
import { QuestionField } from '../intake/QuestionField';
import { QuestionnaireContext, staffQuestionnaire } from '../intake/questionnaire';
import { changeChoices, questionOf, type DayOfValues } from './day-of-form';

/** The form's messages about new answers, keyed as the intake's controls expect (`allergies`, not `changes.allergies`). */
function answerErrors(errors: Record<string, unknown>): FieldErrors {
  const prefix = 'changes.';
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(prefix) && typeof message === 'string') mapped[path.slice(prefix.length)] = message;
  }
  return mapped;
}

interface ChangedAnswersProps {
  form: UseFormReturnType<DayOfValues>;
  today: string;
}

/**
 * Which answers differ today, and the new answer to each, with the same controls as the intake.
 * They become a new version of the medical history; the rest of it stays as it was.
 */
export function ChangedAnswers({ form, today }: ChangedAnswersProps) {
  const { changedQuestions, changes } = form.getValues();
  const errors = answerErrors(form.errors);
  const setEntry = (id: QuestionId, entry: Entry) => {
    form.setFieldValue('changes', { ...form.getValues().changes, [id]: entry });
    form.clearFieldError(`changes.${id}`);
  };

  return (
    <QuestionnaireContext value={staffQuestionnaire}>
      <Stack gap="md">
        <MultiSelect
          label="Which answers have changed?"
          description="Search by a word of the question, e.g. “blood”, “pregnant” or “peel”."
          data={changeChoices}
          searchable
          nothingFoundMessage="No question matches"
          comboboxProps={{ keepMounted: false }}
          {...form.getInputProps('changedQuestions')}
        />
        {changedQuestions.map((id) => {
          const question = questionOf(id);
          if (!question) return null;
          return (
            // The path lets a refused submission put focus on this question's first control.
            <Box key={id} data-path={`changes.${id}`}>
              <Card withBorder padding="md">
                <QuestionField
                  question={question}
                  form={changes}
                  errors={errors}
                  today={today}
                  onChange={setEntry}
                />
              </Card>
            </Box>
          );
        })}
      </Stack>
    </QuestionnaireContext>
  );
}
