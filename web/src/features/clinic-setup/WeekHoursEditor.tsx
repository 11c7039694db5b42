import { useState } from 'react';
import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { stretchProblems } from '@corium/contracts';
import { FormProblem } from '../../ui/FormProblem';
import { byWeek, weekdayName, weekdayOptions, type HoursRow } from './setup-words';
import { useSave } from './use-save';

interface WeekHoursEditorProps {
  /** Names the editor for assistive technology, e.g. "Opening hours of Harbour Street". */
  label: string;
  hours: readonly HoursRow[];
  onSave: (hours: HoursRow[]) => Promise<unknown>;
  saveLabel?: string;
}

/** The rows being edited, checked before they are sent: overlaps and ends before starts. */
function useWeekHours(hours: readonly HoursRow[], onSave: (hours: HoursRow[]) => Promise<unknown>) {
  const [rows, setRows] = useState<HoursRow[]>(() =>
    // Only the fields a week of hours has: rows of a practitioner's hours also name their location.
    byWeek(hours).map(({ weekday, start, end }) => ({ weekday, start, end })),
  );
  const [saved, setSaved] = useState(false);
  const saving = useSave();
  const change = (index: number, patch: Partial<HoursRow>) => {
    setSaved(false);
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };
  const remove = (index: number) => setRows((current) => current.filter((_, i) => i !== index));
  const add = () => {
    const last = rows.at(-1);
    setRows([...rows, { weekday: last ? Math.min(last.weekday + 1, 7) : 1, start: '09:00', end: '17:00' }]);
  };
  async function submit() {
    const problems = stretchProblems(rows, (r) => r.weekday);
    if (problems.length > 0) {
      const marked = Object.fromEntries(problems.map((p) => [`hours.${p.index}.${p.field}`, p.message]));
      saving.refuse('Some hours need a look: see the rows marked below.', marked);
      return;
    }
    setSaved(await saving.save(() => onSave(rows)));
  }
  return { rows, saved, saving, change, remove, add, submit };
}

/** A week of wall-clock hours; several rows a day make a break. Saved as a whole. */
export function WeekHoursEditor({ label, hours, onSave, saveLabel = 'Save hours' }: WeekHoursEditorProps) {
  const { rows, saved, saving, change, remove, add, submit } = useWeekHours(hours, onSave);
  const { busy, problem, fields } = saving;
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      {rows.length === 0 && <Text c="dimmed">No hours: not open, or not working, on any day.</Text>}
      {rows.map((row, index) => (
        <HoursRowFields
          key={index}
          row={row}
          index={index}
          errors={fields}
          onChange={change}
          onRemove={remove}
        />
      ))}
      <FormProblem message={problem} />
      {saved && (
        <Text role="status" c="teal.8">
          Saved. New bookings follow these hours.
        </Text>
      )}
      <Group gap="sm">
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={add}>
          Add hours
        </Button>
        <Button onClick={() => void submit()} loading={busy}>
          {saveLabel}
        </Button>
      </Group>
    </Stack>
  );
}

interface HoursRowFieldsProps {
  row: HoursRow;
  index: number;
  errors: Record<string, string>;
  onChange: (index: number, patch: Partial<HoursRow>) => void;
  onRemove: (index: number) => void;
}

function HoursRowFields({ row, index, errors, onChange, onRemove }: HoursRowFieldsProps) {
  const n = index + 1;
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <NativeSelect
        label={`Day, row ${n}`}
        data={weekdayOptions}
        value={String(row.weekday)}
        onChange={(e) => onChange(index, { weekday: Number(e.currentTarget.value) })}
        w={160}
      />
      <TextInput
        type="time"
        label={`From, row ${n}`}
        value={row.start}
        onChange={(e) => onChange(index, { start: e.currentTarget.value })}
        error={errors[`hours.${index}.start`]}
        w={140}
      />
      <TextInput
        type="time"
        label={`Until, row ${n}`}
        value={row.end}
        onChange={(e) => onChange(index, { end: e.currentTarget.value })}
        error={errors[`hours.${index}.end`]}
        w={140}
      />
      <ActionIcon
        variant="subtle"
        color="red"
        size="lg"
        mt={26}
        aria-label={`Remove ${weekdayName(row.weekday)} ${row.start}–${row.end}`}
        onClick={() => onRemove(index)}
      >
        <IconTrash size={18} aria-hidden="true" />
      </ActionIcon>
    </Group>
  );
}
