import { procedureLabels } from '@corium/contracts';
import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { newKey, noneLabels, type ProcedureRow } from './intake-values';
import { NoneCheckbox } from './NoneCheckbox';
import { useQuestionnaire } from './questionnaire';
import { QuestionFieldset, type QuestionProps } from './QuestionFieldset';
import { useRowFocus } from './use-row-focus';

// The phone's own list picker; the empty first choice asks the patient to pick one.
const kindOptions = [
  { value: '', label: 'Choose a treatment' },
  ...Object.entries(procedureLabels).map(([value, label]) => ({ value, label })),
];

interface RowProps {
  row: ProcedureRow;
  number: number;
  path: string;
  errors: QuestionProps<'procedures'>['errors'];
  today: string;
  autoFocus: boolean;
  onChange: (row: ProcedureRow) => void;
  onRemove: () => void;
}

function TreatmentRow({ row, number, path, errors, today, autoFocus, onChange, onRemove }: RowProps) {
  const { words } = useQuestionnaire();
  return (
    <Fieldset legend={`Treatment ${number}`} styles={{ legend: { fontSize: 'var(--mantine-font-size-md)' } }}>
      <Stack gap="sm">
        <NativeSelect
          label="Treatment"
          data={kindOptions}
          value={row.kind ?? ''}
          error={errors[`${path}.kind`]}
          autoFocus={autoFocus}
          onChange={(event) => onChange({ ...row, kind: event.currentTarget.value || null })}
        />
        <TextInput
          type="date"
          label="Date"
          description={words.roughDate}
          max={today}
          value={row.date}
          error={errors[`${path}.date`]}
          onChange={(event) => onChange({ ...row, date: event.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button
            variant="subtle"
            color="red.9"
            leftSection={<IconTrash size={18} aria-hidden="true" />}
            aria-label={`Remove treatment ${number}`}
            onClick={onRemove}
          >
            Remove
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Treatments on the area and when: "None of these" answers it; an empty list does not. */
export function ProcedureQuestion({ question, entry, onChange, errors, today }: QuestionProps<'procedures'>) {
  const { addedKey, setAddedKey, addButtonRef, focusAddButton } = useRowFocus();
  const error = errors[question.id];
  const setRows = (rows: ProcedureRow[]) => onChange({ ...entry, rows });

  function add() {
    const row = { key: newKey(), kind: null, date: '' };
    setAddedKey(row.key);
    setRows([...entry.rows, row]);
  }

  function remove(key: number) {
    setRows(entry.rows.filter((row) => row.key !== key));
    focusAddButton();
  }

  return (
    <QuestionFieldset question={question} error={error}>
      <NoneCheckbox
        questionId={question.id}
        label={noneLabels.procedures}
        checked={entry.none}
        error={error}
        onChange={(none) => onChange({ ...entry, none })}
      />
      {!entry.none &&
        entry.rows.map((row, index) => (
          <TreatmentRow
            key={row.key}
            row={row}
            number={index + 1}
            path={`${question.id}.${index}`}
            errors={errors}
            today={today}
            autoFocus={row.key === addedKey}
            onChange={(changed) => setRows(entry.rows.map((r) => (r.key === row.key ? changed : r)))}
            onRemove={() => remove(row.key)}
          />
        ))}
      {!entry.none && (
        <Button
          ref={addButtonRef}
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden="true" />}
          onClick={add}
          style={{ alignSelf: 'flex-start' }}
        >
          {entry.rows.length === 0 ? 'Add a treatment' : 'Add another treatment'}
        </Button>
      )}
    </QuestionFieldset>
  );
}
