import { useState } from 'react';
import type { TimeOfDay } from '@corium/contracts';
import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';

const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

export interface WaitlistDays {
  from: string;
  setFrom: (day: string) => void;
  until: string;
  setUntil: (day: string) => void;
  timeOfDay: TimeOfDay;
  setTimeOfDay: (value: TimeOfDay) => void;
}

/** Which days and time of day suit: four weeks from the first day looked at, unless changed. */
export function useWaitlistDays(earliestDate: string): WaitlistDays {
  const [from, setFrom] = useState(earliestDate);
  const [until, setUntil] = useState(addDays(earliestDate, 27));
  const [timeOfDay, setTimeOfDay] = useState<TimeOfDay>('any');
  return { from, setFrom, until, setUntil, timeOfDay, setTimeOfDay };
}

/** The days and time of day of a waitlist entry: the portal's form and the desk's share them. */
export function WaitlistDaysFields({ days }: { days: WaitlistDays }) {
  return (
    <>
      <Group grow>
        <TextInput
          type="date"
          label="From"
          value={days.from}
          onChange={(e) => days.setFrom(e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label="Until"
          value={days.until}
          onChange={(e) => days.setUntil(e.currentTarget.value)}
          required
        />
      </Group>
      <TimeOfDayChoice value={days.timeOfDay} onChange={days.setTimeOfDay} />
    </>
  );
}

function TimeOfDayChoice({ value, onChange }: { value: TimeOfDay; onChange: (value: TimeOfDay) => void }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="time-of-day-label">
        Time of day
      </Text>
      <SegmentedControl
        aria-labelledby="time-of-day-label"
        value={value}
        onChange={(chosen) => onChange(chosen as TimeOfDay)}
        data={[
          { value: 'any', label: 'Any time' },
          { value: 'morning', label: 'Mornings' },
          { value: 'afternoon', label: 'Afternoons' },
        ]}
      />
    </Stack>
  );
}

export const timeOfDayWords = { any: 'Any time', morning: 'Mornings', afternoon: 'Afternoons' } as const;
