import type { IntakeQuestion, QuestionId } from '@corium/contracts';
import type { FieldErrors } from '../../lib/form-errors';
import { AllergyQuestion } from './AllergyQuestion';
import { IsotretinoinQuestion, LastDateQuestion } from './DateQuestions';
import { entryOf, type Entry, type IntakeForm } from './intake-values';
import { OptionQuestion } from './OptionQuestion';
import { ProcedureQuestion } from './ProcedureQuestion';

interface QuestionFieldProps {
  question: IntakeQuestion;
  form: IntakeForm;
  errors: FieldErrors;
  today: string;
  onChange: (id: QuestionId, entry: Entry) => void;
}

/** The controls that fit the question's kind, built from the question list, never by hand. */
export function QuestionField({ question, form, errors, today, onChange }: QuestionFieldProps) {
  const entry = entryOf(form, question);
  const shared = { question, errors, today, onChange: (next: Entry) => onChange(question.id, next) };
  switch (entry.type) {
    case 'option':
      return <OptionQuestion {...shared} entry={entry} />;
    case 'last_date':
      return <LastDateQuestion {...shared} entry={entry} />;
    case 'isotretinoin':
      return <IsotretinoinQuestion {...shared} entry={entry} />;
    case 'procedures':
      return <ProcedureQuestion {...shared} entry={entry} />;
    case 'allergies':
      return <AllergyQuestion {...shared} entry={entry} />;
  }
}
