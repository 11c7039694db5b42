import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowBackUp, IconDeviceFloppy } from '@tabler/icons-react';
import type { RuleEditor } from './use-rule-editor';

interface SaveBarProps {
  editor: RuleEditor;
  onSave: () => void;
}

function status(changes: number, problems: number): string {
  if (problems > 0) return `${problems} value${problems === 1 ? '' : 's'} to correct before saving`;
  if (changes === 0) return 'No unsaved changes';
  return `${changes} unsaved change${changes === 1 ? '' : 's'}, highlighted below`;
}

/** Stays in view while the medical director scrolls through the rules (below the 64 px header). */
export function SaveBar({ editor, onSave }: SaveBarProps) {
  const changes = editor.changes.length;
  return (
    <Paper
      withBorder
      shadow="sm"
      p="sm"
      radius="md"
      style={{ position: 'sticky', top: 72, zIndex: 5 }}
      aria-label="Unsaved changes"
      component="section"
    >
      <Group justify="space-between" gap="sm">
        <Text
          role="status"
          aria-live="polite"
          fw={changes > 0 ? 600 : 400}
          c={editor.problems > 0 ? 'red.9' : undefined}
        >
          {status(changes, editor.problems)}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconArrowBackUp size={18} aria-hidden="true" />}
            onClick={editor.discard}
            disabled={changes === 0 && editor.problems === 0}
          >
            Discard changes
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />}
            onClick={onSave}
            disabled={changes === 0 || editor.problems > 0}
          >
            Save as new version…
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
