import type { SessionReadiness } from '@corium/contracts';
import { Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCameraOff, IconCheck, IconClockPause, IconX } from '@tabler/icons-react';
import { checkTitles } from './chart-words';
import { orderedChecks, type CheckState } from './readiness';

const looks: Record<CheckState, { icon: typeof IconCheck; color: string; word: string }> = {
  passed: { icon: IconCheck, color: 'corium', word: 'Done' },
  failed: { icon: IconX, color: 'red.9', word: 'Not yet' },
  waiting: { icon: IconClockPause, color: 'gray.7', word: 'Waiting for the check above' },
  explain: { icon: IconCameraOff, color: '#7a5200', word: 'Say why there are none' },
};

/** The four checks in the order they are made, each with a tick or cross and what to do. */
export function ReadinessChecks({ readiness }: { readiness: SessionReadiness }) {
  return (
    <Stack
      component="ol"
      gap="sm"
      m={0}
      p={0}
      aria-label="Checks before starting"
      style={{ listStyle: 'none' }}
    >
      {orderedChecks(readiness).map((check) => {
        const look = looks[check.state];
        const Icon = look.icon;
        return (
          <Card component="li" key={check.step} padding="md">
            <Group gap="md" wrap="nowrap" align="flex-start">
              <ThemeIcon size={40} radius="xl" color={look.color} aria-hidden="true">
                <Icon size={24} />
              </ThemeIcon>
              <Stack gap={2}>
                <Title order={3} size="h4">
                  {checkTitles[check.step]}:{' '}
                  <Text span inherit fw={500}>
                    {look.word}
                  </Text>
                </Title>
                <Text>{check.message}</Text>
              </Stack>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}

/** Findings a prescriber overrode for today: the room sees them before it starts. */
export function ScreeningOverrides({ overrides }: { overrides: SessionReadiness['overrides'] }) {
  if (overrides.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="overrides-heading" padding="md">
      <Title order={2} size="h4" id="overrides-heading" mb="xs">
        Screening overrides for today
      </Title>
      <Stack component="ul" gap="xs" m={0} pl="md">
        {overrides.map((o) => (
          <Text component="li" key={o.ruleId}>
            <strong>{o.ruleId}</strong>: {o.reason} (signed by {o.by.name})
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
