import { useId } from 'react';
import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';

interface StepperProps {
  label: string;
  /** What the value reads as, e.g. "1.25 mm"; also what is announced when it changes. */
  valueText: string;
  onStep: (steps: number) => void;
  canDecrease: boolean;
  canIncrease: boolean;
  hint?: string;
}

function StepButton({
  label,
  enabled,
  onClick,
  more,
}: {
  label: string;
  enabled: boolean;
  onClick: () => void;
  more: boolean;
}) {
  const Icon = more ? IconPlus : IconMinus;
  return (
    <ActionIcon
      size={52}
      variant="default"
      aria-label={`${more ? 'More' : 'Less'}: ${label}`}
      disabled={!enabled}
      onClick={onClick}
    >
      <Icon size={24} aria-hidden="true" />
    </ActionIcon>
  );
}

/**
 * − value + with 52 px buttons: a depth or a count set by taps with gloves on, no keyboard.
 * The value is a live region, so each tap is read out.
 */
export function Stepper({ label, valueText, onStep, canDecrease, canIncrease, hint }: StepperProps) {
  const labelId = useId();
  const hintId = useId();
  return (
    <Stack gap={4} role="group" aria-labelledby={labelId} aria-describedby={hint ? hintId : undefined}>
      <Text id={labelId} fw={600} size="sm">
        {label}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <StepButton label={label} enabled={canDecrease} more={false} onClick={() => onStep(-1)} />
        <Text
          component="output"
          aria-live="polite"
          fz="xl"
          fw={700}
          miw={96}
          ta="center"
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {valueText}
        </Text>
        <StepButton label={label} enabled={canIncrease} more onClick={() => onStep(1)} />
      </Group>
      {hint && (
        <Text id={hintId} size="sm" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
