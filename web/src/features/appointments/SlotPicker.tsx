import type { AvailableSlot } from '@corium/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { clockLabel, dayLabel, wallClockOf } from '../calendar/calendar-time';

interface SlotPickerProps {
  slots: AvailableSlot[];
  timeZone: string;
  chosen: string | null;
  onChoose: (slot: AvailableSlot) => void;
  /** Names the group for assistive technology, e.g. "Free times for session 2". */
  label: string;
}

function byDay(slots: AvailableSlot[], timeZone: string): [string, AvailableSlot[]][] {
  const days = new Map<string, AvailableSlot[]>();
  for (const slot of slots) {
    const day = wallClockOf(new Date(slot.start), timeZone).date;
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days.entries()];
}

/** Free starts, a row per day on the location's clock; the chosen one is pressed. */
export function SlotPicker({ slots, timeZone, chosen, onChoose, label }: SlotPickerProps) {
  if (slots.length === 0) return <Text c="dimmed">No free time in these days.</Text>;
  return (
    <Stack gap="sm" role="group" aria-label={label}>
      {byDay(slots, timeZone).map(([day, daySlots]) => (
        <div key={day}>
          <Text fw={600} size="sm" mb={4}>
            {dayLabel(day, 'long')}
          </Text>
          <Group gap={6}>
            {daySlots.map((slot) => {
              const time = clockLabel(wallClockOf(new Date(slot.start), timeZone).minutes);
              const pressed = slot.start === chosen;
              return (
                <Button
                  key={slot.start}
                  size="sm"
                  variant={pressed ? 'filled' : 'default'}
                  aria-pressed={pressed}
                  aria-label={`${dayLabel(day)} ${time}`}
                  onClick={() => onChoose(slot)}
                >
                  {time}
                </Button>
              );
            })}
          </Group>
        </div>
      ))}
    </Stack>
  );
}
