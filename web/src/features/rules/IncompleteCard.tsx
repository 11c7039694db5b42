import { findingLevel, type RuleSetView } from '@corium/contracts';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { LevelBadge } from '../screening/LevelBadge';
import { LevelField } from './RuleFields';
import type { RuleEditor } from './use-rule-editor';

interface IncompleteCardProps {
  incomplete: RuleSetView['incomplete'];
  editor: RuleEditor | null;
}

/** What a screening says while required questions are unanswered; it can never be clear. */
export function IncompleteCard({ incomplete, editor }: IncompleteCardProps) {
  const level = editor?.edits.incompleteLevel ?? incomplete.level;
  return (
    <Card component="section" aria-labelledby="incomplete-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="incomplete-heading">
            Unanswered questions (INCOMPLETE)
          </Title>
          <Badge variant="outline" color="gray.8" radius="sm">
            Evidence {incomplete.evidenceGrade}
          </Badge>
        </Group>
        <Text size="sm">{incomplete.reason}</Text>
        {editor ? (
          <LevelField
            label="Level while questions are unanswered"
            levels={findingLevel.options}
            value={level}
            original={incomplete.level}
            onChange={editor.setIncompleteLevel}
          />
        ) : (
          <LevelBadge level={incomplete.level} />
        )}
      </Stack>
    </Card>
  );
}
