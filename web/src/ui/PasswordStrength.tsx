import { Group, Progress, Stack, Text } from '@mantine/core';

interface Level {
  label: string;
  /** Colour of the bars; the words stay dark enough to read at 4.5:1. */
  color: string;
  textColor: string;
  filled: number;
}

const minimumLength = 8;

/**
 * Length is what makes a password hard to guess (NIST SP 800-63B), so the meter measures
 * only length and never asks for digits or symbols. Common passwords are refused by the server.
 */
function levelFor(length: number): Level {
  if (length < minimumLength) {
    const missing = minimumLength - length;
    return {
      label: `too short, ${missing} more character${missing === 1 ? '' : 's'} needed`,
      color: 'red.9',
      textColor: 'red.9',
      filled: 1,
    };
  }
  if (length < 12) return { label: 'acceptable', color: 'yellow.7', textColor: 'dimmed', filled: 2 };
  if (length < 20) return { label: 'good', color: 'corium.6', textColor: 'corium.8', filled: 3 };
  return { label: 'strong', color: 'corium.8', textColor: 'corium.8', filled: 4 };
}

interface PasswordStrengthProps {
  password: string;
}

export function PasswordStrength({ password }: PasswordStrengthProps) {
  if (password.length === 0) return null;
  const level = levelFor(password.length);
  return (
    <Stack gap={6}>
      <Group gap={6} grow aria-hidden="true">
        {[1, 2, 3, 4].map((segment) => (
          <Progress key={segment} size="sm" value={segment <= level.filled ? 100 : 0} color={level.color} />
        ))}
      </Group>
      <Text size="sm" c={level.textColor} aria-live="polite">
        Password length: {level.label}
      </Text>
    </Stack>
  );
}
