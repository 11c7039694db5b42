import { Checkbox } from '@mantine/core';
import { choiceStyles } from './choice-styles';
import { invalidProps } from './QuestionFieldset';

interface NoneCheckboxProps {
  questionId: string;
  /** "None of these" or "No allergies". */
  label: string;
  checked: boolean;
  error: string | undefined;
  onChange: (checked: boolean) => void;
}

/**
 * The box that answers a list question with "nothing". It comes first, so that ticking it,
 * which hides the rest of the list (kept, in case it was a slip), moves nothing under the finger.
 */
export function NoneCheckbox({ questionId, label, checked, error, onChange }: NoneCheckboxProps) {
  return (
    <Checkbox
      label={label}
      size="md"
      checked={checked}
      styles={choiceStyles(checked)}
      onChange={(event) => onChange(event.currentTarget.checked)}
      {...invalidProps(questionId, error)}
    />
  );
}
