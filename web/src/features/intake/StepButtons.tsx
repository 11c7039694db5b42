import { Button, Group } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconSend } from '@tabler/icons-react';

interface StepButtonsProps {
  /** Absent on the first step, which has nothing before it. */
  onBack?: () => void;
  /** The submit button's words: "Next", "Review answers" or "Send to the clinic". */
  label: string;
  /** The last button sends the questionnaire rather than moving on. */
  sends?: boolean;
  sending?: boolean;
}

/** Back on the left, forward on the right, both full thumb size; forward submits the form. */
export function StepButtons({ onBack, label, sends = false, sending = false }: StepButtonsProps) {
  const Icon = sends ? IconSend : IconArrowRight;
  return (
    <Group justify={onBack ? 'space-between' : 'flex-end'} gap="sm" wrap="nowrap">
      {onBack && (
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
          onClick={onBack}
          disabled={sending}
        >
          Back
        </Button>
      )}
      <Button type="submit" rightSection={<Icon size={18} aria-hidden="true" />} loading={sending}>
        {label}
      </Button>
    </Group>
  );
}
