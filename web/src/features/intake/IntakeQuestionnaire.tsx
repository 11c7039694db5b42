import { useState } from 'react';
import { Card, Stack } from '@mantine/core';
import { clinicDay } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { intakeApi } from './intake-api';
import { IntakeSent } from './IntakeSent';
import type { IntakeForm } from './intake-values';
import { patientQuestionnaire, QuestionnaireContext } from './questionnaire';
import { ReviewAnswers } from './ReviewAnswers';
import { SaveStatus } from './SaveStatus';
import { StartNote, type StartedFrom } from './StartNote';
import { StepForm } from './StepForm';
import { useIntake } from './use-intake';
import { useStepFocus } from './use-step-focus';

export interface IntakeStart {
  form: IntakeForm;
  from: StartedFrom;
}

/** The questionnaire, one step at a time, saved as the patient goes, then read back and sent. */
export function IntakeQuestionnaire({ start }: { start: IntakeStart }) {
  const { timeZone } = useCurrentUser().clinic;
  // Fixed for the visit: a date field's latest day should not move while the patient fills it in.
  const [today] = useState(() => clinicDay(new Date(), timeZone));
  const intake = useIntake({
    questionnaire: patientQuestionnaire,
    start: start.form,
    today,
    submit: intakeApi.send,
    saveDraft: intakeApi.saveDraft,
  });
  const { headingRef, stepRef } = useStepFocus(intake.focus);

  if (intake.sent) return <IntakeSent history={intake.sent} />;

  return (
    <QuestionnaireContext value={patientQuestionnaire}>
      <Stack gap="md">
        {intake.index === 0 && <StartNote from={start.from} />}
        <Card ref={stepRef} padding="md">
          {intake.index < intake.reviewIndex ? (
            <StepForm
              index={intake.index}
              form={intake.form}
              errors={intake.errors}
              today={today}
              headingRef={headingRef}
              onChange={intake.setEntry}
              onBack={() => intake.goTo(intake.index - 1)}
              onNext={intake.next}
            />
          ) : (
            <ReviewAnswers
              form={intake.form}
              headingRef={headingRef}
              formMessage={intake.formMessage}
              sending={intake.sending}
              onChangeStep={intake.goTo}
              onBack={() => intake.goTo(intake.index - 1)}
              onSend={intake.send}
            />
          )}
        </Card>
        <SaveStatus state={intake.saveState} />
      </Stack>
    </QuestionnaireContext>
  );
}
