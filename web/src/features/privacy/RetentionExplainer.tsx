import { List, Stack, Text, Title } from '@mantine/core';
import { erasureRulesByOutcome } from './privacy-words';

/** What erasure removes and what the clinic must keep, and why, in plain words. */
export function RetentionExplainer({ headingLevel }: { headingLevel: 3 | 4 }) {
  return (
    <Stack gap="sm">
      <Title order={headingLevel}>What we erase</Title>
      <List spacing="xs">
        {erasureRulesByOutcome.removed.map((rule) => (
          <List.Item key={rule.label}>
            <Text fw={600} span>
              {rule.label}.
            </Text>{' '}
            <Text span>{rule.why}</Text>
          </List.Item>
        ))}
      </List>
      <Title order={headingLevel}>What we must keep, and why</Title>
      <List spacing="xs">
        {erasureRulesByOutcome.kept.map((rule) => (
          <List.Item key={rule.label}>
            <Text fw={600} span>
              {rule.label}.
            </Text>{' '}
            <Text span>{rule.why}</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
