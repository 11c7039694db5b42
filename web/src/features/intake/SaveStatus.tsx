import { Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { SaveState } from './use-draft-autosave';

/**
 * Says quietly that the answers are kept. Only "Saved" and a failure are announced; "Saving…"
 * is for the eye, so a screen reader is not interrupted after every answer.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <Group gap={6} justify="center" mih={24} wrap="nowrap">
      {state === 'saved' && <IconCheck size={16} color="var(--mantine-color-corium-7)" aria-hidden="true" />}
      <Text
        size="sm"
        c={state === 'failed' ? 'var(--mantine-color-error)' : 'dimmed'}
        role="status"
        aria-live="polite"
      >
        {state === 'saved' && 'Saved'}
        {state === 'failed' &&
          'Not saved. Check your internet connection: we will try again when you change an answer.'}
      </Text>
      {state === 'saving' && (
        <Text size="sm" c="dimmed" aria-hidden="true">
          Saving…
        </Text>
      )}
    </Group>
  );
}
