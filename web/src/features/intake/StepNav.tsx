import { Button, Group } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useQuestionnaire } from './questionnaire';

interface StepNavProps {
  /** `0…n-1` for a step; `n` for the review. */
  index: number;
  onGoTo: (index: number) => void;
}

/**
 * Every step, and the review, one tap away: staff correcting one answer go straight to it
 * instead of paging through the questionnaire as a patient does.
 */
export function StepNav({ index, onGoTo }: StepNavProps) {
  const { steps, words } = useQuestionnaire();
  const item = (position: number) => ({
    variant: position === index ? 'filled' : 'default',
    'aria-current': position === index ? ('step' as const) : undefined,
    onClick: () => onGoTo(position),
  });
  return (
    <Group component="nav" aria-label="Parts of the questionnaire" gap="xs">
      {steps.map((step, position) => (
        <Button key={step.id} {...item(position)}>
          {position + 1}. {step.title}
        </Button>
      ))}
      <Button {...item(steps.length)} leftSection={<IconListCheck size={18} aria-hidden="true" />}>
        {words.reviewButton}
      </Button>
    </Group>
  );
}
