import type { Ref } from 'react';
import { Progress, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuestionnaire } from './questionnaire';

interface StepHeadingProps {
  /** `0…n-1` for a step; `n` for the review of every answer. */
  index: number;
  /** Receives focus when the step changes, so a screen reader reads where the form now is. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** "Step 2 of 5 — Your skin’s history", with a bar that fills as the steps are done. */
export function StepHeading({ index, headingRef }: StepHeadingProps) {
  const { steps, words } = useQuestionnaire();
  const total = steps.length;
  const step = steps[index];
  return (
    <>
      {/* The heading says the same in words; the bar is for the eye only. */}
      <Progress value={(Math.min(index + 1, total) / total) * 100} size="sm" aria-hidden="true" />
      <Title order={2} size="h3" ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
        <Text span size="sm" fw={600} c="dimmed" display="block">
          {step ? `Step ${index + 1} of ${total}` : words.reviewKicker}
          <VisuallyHidden> — </VisuallyHidden>
        </Text>
        {step ? step.title : words.reviewTitle}
      </Title>
    </>
  );
}
