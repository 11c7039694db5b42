import { allergyLabels } from '@corium/contracts';
import { Button, Checkbox, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { choiceStyles } from './choice-styles';
import { newKey, noneLabels, type OtherAllergy } from './intake-values';
import { NoneCheckbox } from './NoneCheckbox';
import { invalidProps, QuestionFieldset, type QuestionProps } from './QuestionFieldset';
import { useRowFocus } from './use-row-focus';

interface OtherAllergyFieldProps {
  number: number;
  text: string;
  autoFocus: boolean;
  onChange: (text: string) => void;
  onRemove: () => void;
}

function OtherAllergyField({ number, text, autoFocus, onChange, onRemove }: OtherAllergyFieldProps) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={`Other allergy ${number}`}
        value={text}
        maxLength={200}
        autoFocus={autoFocus}
        style={{ flex: 1 }}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <Button variant="subtle" color="red.9" aria-label={`Remove other allergy ${number}`} onClick={onRemove}>
        Remove
      </Button>
    </Group>
  );
}

interface OtherAllergiesProps {
  items: OtherAllergy[];
  onChange: (items: OtherAllergy[]) => void;
}

/** Allergies in the patient's own words, one per line; empty lines are left out when sent. */
function OtherAllergies({ items, onChange }: OtherAllergiesProps) {
  const { addedKey, setAddedKey, addButtonRef, focusAddButton } = useRowFocus();
  const setText = (key: number, text: string) =>
    onChange(items.map((item) => (item.key === key ? { ...item, text } : item)));

  function add() {
    const item = { key: newKey(), text: '' };
    setAddedKey(item.key);
    onChange([...items, item]);
  }

  return (
    <Fieldset
      legend="Something else"
      variant="unstyled"
      styles={{ legend: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap="sm">
        {items.map((item, index) => (
          <OtherAllergyField
            key={item.key}
            number={index + 1}
            text={item.text}
            autoFocus={item.key === addedKey}
            onChange={(text) => setText(item.key, text)}
            onRemove={() => {
              onChange(items.filter((other) => other.key !== item.key));
              focusAddButton();
            }}
          />
        ))}
        <Button
          ref={addButtonRef}
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden="true" />}
          onClick={add}
          style={{ alignSelf: 'flex-start' }}
        >
          {items.length === 0 ? 'Add something else' : 'Add another'}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** Allergies from the list, in the patient's own words, or "No allergies". */
export function AllergyQuestion({ question, entry, onChange, errors }: QuestionProps<'allergies'>) {
  const error = errors[question.id];
  const toggle = (code: string, on: boolean) =>
    onChange({ ...entry, codes: on ? [...entry.codes, code] : entry.codes.filter((c) => c !== code) });

  return (
    <QuestionFieldset question={question} error={error}>
      <NoneCheckbox
        questionId={question.id}
        label={noneLabels.allergies}
        checked={entry.none}
        error={error}
        onChange={(none) => onChange({ ...entry, none })}
      />
      {!entry.none &&
        Object.entries(allergyLabels).map(([code, label]) => (
          <Checkbox
            key={code}
            label={label}
            size="md"
            checked={entry.codes.includes(code)}
            styles={choiceStyles(entry.codes.includes(code))}
            onChange={(event) => toggle(code, event.currentTarget.checked)}
            {...invalidProps(question.id, error)}
          />
        ))}
      {!entry.none && (
        <OtherAllergies items={entry.other} onChange={(other) => onChange({ ...entry, other })} />
      )}
    </QuestionFieldset>
  );
}
