import type { MilestoneId, PlanMilestone } from '@corium/contracts';
import { Box, Group, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconBrush,
  IconCheck,
  IconFlask,
  IconNeedle,
  IconRun,
  IconSun,
  IconSwimming,
  type TablerIcon,
} from '@tabler/icons-react';
import { shortDate } from './aftercare-words';
import { milestoneState, milestoneWhen } from './recovery-view';

const milestoneIcons: Record<MilestoneId, TablerIcon> = {
  makeup: IconBrush,
  sunscreen: IconSun,
  actives: IconFlask,
  exercise: IconRun,
  swimming_sauna: IconSwimming,
  other_procedures: IconNeedle,
};

/**
 * When each everyday thing comes back, as tiles: green with a tick once it has, highlighted on
 * its day, outlined with the date while it is still ahead. The words carry the state too.
 */
export function MilestoneTiles({
  milestones,
  today,
}: {
  milestones: readonly PlanMilestone[];
  today: number | null;
}) {
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, xs: 2 }}
      spacing="sm"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {milestones.map((milestone) => (
        <MilestoneTile key={milestone.id} milestone={milestone} today={today} />
      ))}
    </SimpleGrid>
  );
}

function MilestoneTile({ milestone, today }: { milestone: PlanMilestone; today: number | null }) {
  const state = milestoneState(milestone, today);
  const Icon = milestoneIcons[milestone.id];
  const resumed = state.kind === 'resumed';
  const isToday = state.kind === 'today';
  return (
    <Box
      component="li"
      p="sm"
      bg={resumed ? 'green.0' : isToday ? 'corium.0' : 'white'}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        border: `${isToday ? 2 : 1}px ${resumed || isToday ? 'solid' : 'dashed'} var(--mantine-color-${
          resumed ? 'green-8' : isToday ? 'corium-7' : 'gray-6'
        })`,
      }}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon
          size={40}
          radius="xl"
          variant={resumed || isToday ? 'filled' : 'light'}
          color={resumed ? 'green.8' : 'corium'}
        >
          {resumed ? <IconCheck size={22} aria-hidden="true" /> : <Icon size={22} aria-hidden="true" />}
        </ThemeIcon>
        <Stack gap={2} miw={0}>
          <Text fw={650}>{milestone.title}</Text>
          <Text size="sm" fw={600} c={isToday ? 'corium.9' : undefined}>
            {milestoneWhen(milestone, state, shortDate(milestone.date))}
          </Text>
          <Text size="sm">{milestone.detail}</Text>
        </Stack>
      </Group>
    </Box>
  );
}
