import { useEffect, useRef, useState } from 'react';
import { Card, Stack } from '@mantine/core';
import { clinicDay } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { IntakeSent } from './IntakeSent';
import type { IntakeForm } from './intake-values';
import { ReviewAnswers } from './ReviewAnswers';
import { SaveStatus } from './SaveStatus';
import { StartNote, type StartedFrom } from './StartNote';
import { StepForm } from './StepForm';
import { reviewIndex, useIntake, type FocusRequest } from './use-intake';

export interface IntakeStart {
  form: IntakeForm;
  from: StartedFrom;
}

/**
 * After a step change, focus goes to the new step's heading; after a refusal, to the first
 * answer that needs a change. A frame later, so the new step is on screen first.
 */
function useStepFocus(request: FocusRequest | null) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (request === null) return;
    const frame = requestAnimationFrame(() => {
      const problem =
        request.target === 'problem'
          ? stepRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
          : undefined;
      (problem ?? headingRef.current)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return { headingRef, stepRef };
}

/** The questionnaire, one step at a time, saved as the patient goes, then read back and sent. */
export function IntakeQuestionnaire({ start }: { start: IntakeStart }) {
  const { timeZone } = useCurrentUser().clinic;
  // Fixed for the visit: a date field's latest day should not move while the patient fills it in.
  const [today] = useState(() => clinicDay(new Date(), timeZone));
  const intake = useIntake(start.form, today);
  const { headingRef, stepRef } = useStepFocus(intake.focus);

  if (intake.sent) return <IntakeSent history={intake.sent} />;

  return (
    <Stack gap="md">
      {intake.index === 0 && <StartNote from={start.from} />}
      <Card ref={stepRef} padding="md">
        {intake.index < reviewIndex ? (
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
  );
}
