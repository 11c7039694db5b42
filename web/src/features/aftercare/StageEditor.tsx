import type { TimelineStage } from '@corium/contracts';
import { Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { linesToTexts, textsToLines, withEnglish } from './timeline-edit';

interface StageEditorProps {
  stage: TimelineStage;
  onChange: (stage: TimelineStage) => void;
}

const stageName = (stage: TimelineStage) =>
  stage.fromDay === stage.toDay
    ? stage.fromDay === 0
      ? 'Treatment day'
      : `Day ${stage.fromDay}`
    : `Days ${stage.fromDay}–${stage.toDay}`;

/** One stretch of days in English: what is normal, then "do" and "avoid" one line per item. */
export function StageEditor({ stage, onChange }: StageEditorProps) {
  const name = stageName(stage);
  return (
    <Card component="fieldset" p="md" m={0} style={{ minWidth: 0 }}>
      <Title order={3} size="h4" component="legend" px={4}>
        {name}
      </Title>
      <Stack gap="sm">
        <Textarea
          label={`${name}: what is normal`}
          autosize
          minRows={2}
          maxLength={2000}
          value={stage.expected.en}
          onChange={(event) =>
            onChange({ ...stage, expected: withEnglish(stage.expected, event.currentTarget.value) })
          }
        />
        <ListField
          label={`${name}: do`}
          value={textsToLines(stage.do)}
          onChange={(lines) => onChange({ ...stage, do: linesToTexts(stage.do, lines) })}
        />
        <ListField
          label={`${name}: avoid`}
          value={textsToLines(stage.avoid)}
          onChange={(lines) => onChange({ ...stage, avoid: linesToTexts(stage.avoid, lines) })}
        />
        <Text size="xs" c="dimmed">
          Sources: {stage.references.join('; ')}
        </Text>
      </Stack>
    </Card>
  );
}

interface ListFieldProps {
  label: string;
  value: string;
  onChange: (lines: string) => void;
}

/**
 * Lines are kept as typed while the field has focus (an empty line is where the next item goes)
 * and become items when it loses focus.
 */
function ListField({ label, value, onChange }: ListFieldProps) {
  return (
    <Textarea
      label={label}
      description="One item per line"
      autosize
      minRows={2}
      defaultValue={value}
      onBlur={(event) => onChange(event.currentTarget.value)}
    />
  );
}
