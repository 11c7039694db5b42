import { Checkbox, TextInput } from '@mantine/core';
import { choiceStyles } from './choice-styles';
import { RadioList } from './OptionQuestion';
import { useQuestionnaire } from './questionnaire';
import { QuestionFieldset, type QuestionProps } from './QuestionFieldset';

interface DateFieldProps {
  label: string;
  value: string;
  error: string | undefined;
  today: string;
  onChange: (date: string) => void;
}

/** The phone's own date picker; a date typed in part reads as empty until it is a whole date. */
function DateField({ label, value, error, today, onChange }: DateFieldProps) {
  const { words } = useQuestionnaire();
  return (
    <TextInput
      type="date"
      label={label}
      description={words.roughDate}
      max={today}
      maw={{ sm: 240 }}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** "When did you last…": a date, or a box for "never". Each clears the other. */
export function LastDateQuestion({ question, entry, onChange, errors, today }: QuestionProps<'last_date'>) {
  const neverLabel = question.kind.type === 'last_date' ? question.kind.neverLabel : 'Never';
  return (
    <QuestionFieldset question={question}>
      <DateField
        label="Date"
        value={entry.date}
        error={errors[question.id]}
        today={today}
        onChange={(date) => onChange({ type: 'last_date', never: false, date })}
      />
      <Checkbox
        label={neverLabel}
        size="md"
        checked={entry.never}
        styles={choiceStyles(entry.never)}
        onChange={(event) => onChange({ type: 'last_date', never: event.currentTarget.checked, date: '' })}
      />
    </QuestionFieldset>
  );
}

/** Taking it now, or when the last tablet was: skin needs months to recover after a course. */
export function IsotretinoinQuestion({
  question,
  entry,
  onChange,
  errors,
  today,
}: QuestionProps<'isotretinoin'>) {
  const { words } = useQuestionnaire();
  const past = entry.use === 'past';
  // Once the date field shows, a message about the date belongs beside it.
  const questionError = past ? undefined : errors[question.id];
  return (
    <QuestionFieldset question={question} error={questionError}>
      <RadioList
        name={question.id}
        options={words.isotretinoinOptions}
        value={entry.use}
        error={questionError}
        onChange={(use) => onChange({ ...entry, use })}
      />
      {past && (
        <DateField
          label={words.tabletDateLabel}
          value={entry.date}
          error={errors[question.id]}
          today={today}
          onChange={(date) => onChange({ ...entry, date })}
        />
      )}
    </QuestionFieldset>
  );
}
