import type { Ref } from 'react';
import type { QuestionId } from '@corium/contracts';
import { Divider, Stack } from '@mantine/core';
import type { FieldErrors } from '../../lib/form-errors';
import type { Entry, IntakeForm } from './intake-values';
import { questionsOf, useQuestionnaire } from './questionnaire';
import { QuestionField } from './QuestionField';
import { StepButtons } from './StepButtons';
import { StepHeading } from './StepHeading';

interface StepFormProps {
  index: number;
  form: IntakeForm;
  errors: FieldErrors;
  today: string;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (id: QuestionId, entry: Entry) => void;
  onBack: () => void;
  onNext: () => void;
}

/** One step's questions. Any can be left unanswered; only an answer begun but unfinished stops "Next". */
export function StepForm({
  index,
  form,
  errors,
  today,
  headingRef,
  onChange,
  onBack,
  onNext,
}: StepFormProps) {
  const questionnaire = useQuestionnaire();
  const { steps, words } = questionnaire;
  const questions = questionsOf(questionnaire, steps[index]?.id);
  const last = index === steps.length - 1;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <Stack gap="lg">
        <StepHeading index={index} headingRef={headingRef} />
        {questions.map((question, position) => (
          <Stack key={question.id} gap="lg">
            {position > 0 && <Divider />}
            <QuestionField
              question={question}
              form={form}
              errors={errors}
              today={today}
              onChange={onChange}
            />
          </Stack>
        ))}
        <Divider />
        <StepButtons onBack={index > 0 ? onBack : undefined} label={last ? words.reviewButton : 'Next'} />
      </Stack>
    </form>
  );
}
