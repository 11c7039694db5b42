import type { Ref } from 'react';
import type { MedicalHistory } from '@corium/contracts';
import { Alert, Button, Group, Text, TextInput } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { calendarDate } from '../../lib/clinic-time';
import { isRealDate } from '../intake/intake-values';
import { noteProps } from '../intake/note-alert';

/** Why a typed day cannot be looked at, or null when it can (or when the field is empty). */
export function asOfProblem(day: string, today: string): string | null {
  if (day === '') return null;
  if (!isRealDate(day)) return 'This is not a real date. Check the day, month and year.';
  // Calendar days in `YYYY-MM-DD` compare correctly as strings.
  return day > today ? 'Choose today or an earlier day.' : null;
}

interface AsOfFieldProps {
  value: string;
  today: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (day: string) => void;
}

/** "What did we know on the day of session 3?": a day, and the way back to the current history. */
export function AsOfField({ value, today, inputRef, onChange }: AsOfFieldProps) {
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        ref={inputRef}
        type="date"
        label="As of date"
        description="What was known at the end of that day"
        max={today}
        value={value}
        error={asOfProblem(value, today)}
        onChange={(event) => onChange(event.currentTarget.value)}
        maw={{ sm: 300 }}
      />
      {value !== '' && (
        <Button variant="default" onClick={() => onChange('')}>
          Show the current history
        </Button>
      )}
    </Group>
  );
}

interface HistoricalNoteProps {
  day: string;
  shown: MedicalHistory | null;
  current: MedicalHistory | null;
}

/** Says plainly that the answers below are from the past, and how they stand against now. */
export function HistoricalNote({ day, shown, current }: HistoricalNoteProps) {
  const dayWords = calendarDate(day);
  const title = `Historical: what was known at the end of ${dayWords}`;
  let body: string;
  if (shown === null) body = `No medical history had been recorded by the end of ${dayWords}.`;
  else if (current !== null && shown.version === current.version) {
    body = `Version ${shown.version} was in force then, and it is still the current version.`;
  } else {
    body = `Version ${shown.version} was in force then. It has been replaced since: this is not the current history.`;
  }
  return (
    <Alert color="yellow" icon={<IconHistory aria-hidden="true" />} title={title} {...noteProps}>
      <Text size="sm">{body}</Text>
    </Alert>
  );
}
