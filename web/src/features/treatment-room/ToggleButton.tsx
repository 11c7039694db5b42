import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';

interface ToggleButtonProps {
  pressed: boolean;
  onToggle: () => void;
  children: ReactNode;
  disabled?: boolean;
}

/**
 * A glove-sized on/off choice: filled with a tick when on, outlined when off, so the state
 * shows without colour, and `aria-pressed` tells assistive technology.
 */
export function ToggleButton({ pressed, onToggle, children, disabled }: ToggleButtonProps) {
  return (
    <Button
      variant={pressed ? 'filled' : 'default'}
      size="lg"
      h="auto"
      mih={48}
      py={8}
      styles={{ label: { whiteSpace: 'normal', lineHeight: 1.2, textAlign: 'center' } }}
      aria-pressed={pressed}
      disabled={disabled}
      leftSection={pressed ? <IconCheck size={20} aria-hidden="true" /> : undefined}
      onClick={onToggle}
    >
      {children}
    </Button>
  );
}
