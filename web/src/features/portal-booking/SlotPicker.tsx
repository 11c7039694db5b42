import { useState } from 'react';
import type { PortalSlot } from '@corium/contracts';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { clinicDay } from '../../lib/clinic-time';
import { visitDay, visitTime } from './visit-words';

interface SlotPickerProps {
  slots: PortalSlot[];
  timeZone: string;
  onPick: (slot: PortalSlot) => void;
}

/** Days with free times first, then that day's times: big enough to tap on a phone. */
export function SlotPicker({ slots, timeZone, onPick }: SlotPickerProps) {
  const days = [...new Set(slots.map((s) => clinicDay(new Date(s.start), timeZone)))];
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const day = chosenDay && days.includes(chosenDay) ? chosenDay : (days[0] ?? null);
  const times = slots.filter((s) => clinicDay(new Date(s.start), timeZone) === day);
  return (
    <Stack gap="md">
      <Stack gap="xs" component="section" aria-labelledby="days-heading">
        <Title order={3} size="h4" id="days-heading">
          Days with free times
        </Title>
        <Group gap="xs" role="group" aria-label="Days">
          {days.map((d) => {
            const first = slots.find((s) => clinicDay(new Date(s.start), timeZone) === d)!;
            return (
              <Button
                key={d}
                mih={44}
                variant={d === day ? 'filled' : 'default'}
                aria-pressed={d === day}
                onClick={() => setChosenDay(d)}
              >
                {visitDay(first.start, timeZone)}
              </Button>
            );
          })}
        </Group>
      </Stack>
      {day && (
        <Stack gap="xs" component="section" aria-labelledby="times-heading">
          <Title order={3} size="h4" id="times-heading">
            Times on {visitDay(times[0]!.start, timeZone)}
          </Title>
          <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs">
            {times.map((slot) => (
              <Button key={slot.start} h="auto" mih={44} py={6} variant="light" onClick={() => onPick(slot)}>
                <Stack gap={0} align="center">
                  <Text fw={700} size="sm">
                    {visitTime(slot.start, timeZone)}
                  </Text>
                  {slot.practitionerName && <Text size="xs">{slot.practitionerName}</Text>}
                </Stack>
              </Button>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}
