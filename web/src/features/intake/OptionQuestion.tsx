import { Radio, Stack } from '@mantine/core';
import { choiceStyles } from './choice-styles';
import { optionsOf } from './intake-values';
import { invalidProps, QuestionFieldset, type QuestionProps } from './QuestionFieldset';

interface RadioListProps<T extends string> {
  /** The question id, which also groups the radios. */
  name: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  error: string | undefined;
  onChange: (value: T) => void;
}

/** Native radios, so arrow keys move between the choices and a screen reader counts them. */
export function RadioList<T extends string>({ name, options, value, error, onChange }: RadioListProps<T>) {
  return (
    <Stack gap="xs">
      {options.map((option) => (
        <Radio
          key={option.value}
          name={name}
          value={option.value}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
          label={option.label}
          size="md"
          styles={choiceStyles(value === option.value)}
          {...invalidProps(name, error)}
        />
      ))}
    </Stack>
  );
}

/** Yes/No, one of a list, or a skin type: one answer from a few. */
export function OptionQuestion({ question, entry, onChange, errors }: QuestionProps<'option'>) {
  const error = errors[question.id];
  return (
    <QuestionFieldset question={question} error={error}>
      <RadioList
        name={question.id}
        options={optionsOf(question)}
        value={entry.value}
        error={error}
        onChange={(value) => onChange({ type: 'option', value })}
      />
    </QuestionFieldset>
  );
}
