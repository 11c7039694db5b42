import type { TimelineDay } from '@corium/contracts';
import { Accordion, Badge, Box, Group, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { dayName, shortDate } from './aftercare-words';
import { DayAdvice } from './DayAdvice';

interface RecoveryDaysProps {
  days: readonly TimelineDay[];
  today: number | null;
  /** The day open when the page loads: today's. */
  openDay: number | null;
}

/**
 * The whole fortnight, one row a day, as a vertical timeline: days gone have a tick, today is
 * filled and labelled "Today", days ahead are outlined. Each row opens to that day's advice.
 */
export function RecoveryDays({ days, today, openDay }: RecoveryDaysProps) {
  return (
    <Accordion
      variant="separated"
      radius="md"
      defaultValue={openDay === null ? null : String(openDay)}
      chevronPosition="right"
    >
      {days.map((day) => {
        const when = today === null || day.day < today ? 'past' : day.day === today ? 'today' : 'ahead';
        return (
          <Accordion.Item
            key={day.day}
            value={String(day.day)}
            style={
              when === 'today' ? { borderColor: 'var(--mantine-color-corium-7)', borderWidth: 2 } : undefined
            }
          >
            <Accordion.Control mih={56} icon={<DayMarker day={day.day} when={when} />}>
              <Group gap="xs" wrap="wrap">
                <Text fw={650}>{dayName(day.day)}</Text>
                <Text c="dimmed">{shortDate(day.date)}</Text>
                {when === 'today' && <Badge color="corium">Today</Badge>}
                {day.checkInId && (
                  <Badge variant="outline" color="corium">
                    Check-in
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <DayAdvice day={day} headingOrder={4} />
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}

function DayMarker({ day, when }: { day: number; when: 'past' | 'today' | 'ahead' }) {
  const filled = when !== 'ahead';
  return (
    <Box
      aria-hidden="true"
      w={32}
      h={32}
      bg={when === 'today' ? 'corium.7' : when === 'past' ? 'corium.1' : 'white'}
      c={when === 'today' ? 'white' : 'corium.9'}
      fw={700}
      style={{
        borderRadius: '50%',
        display: 'grid',
        placeItems: 'center',
        border: filled ? undefined : '2px solid var(--mantine-color-corium-7)',
      }}
    >
      {when === 'past' ? <IconCheck size={18} /> : day}
    </Box>
  );
}
