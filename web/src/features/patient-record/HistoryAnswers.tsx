import type { MedicalHistory } from '@corium/contracts';
import { Alert, Badge, Box, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { useNow } from '../../ui/use-now';
import { patientQuestionnaire, staffQuestionnaire } from '../intake/questionnaire';
import { readableAnswers, type ReadableAnswer } from './answer-text';

/** The answers the shown ones are set against, e.g. the version before, or the one in force now. */
export interface AnswerComparison {
  answers: Record<string, unknown>;
  /** Introduces the other answer on a changed row: "Before" or "Now". */
  term: string;
  /** Says what "changed" means here, e.g. "Changed since version 2". */
  description: string;
}

interface HistoryAnswersProps {
  history: MedicalHistory;
  timeZone: string;
  /** Whose words the answers are read back in; the patient's by default. */
  audience?: 'patient' | 'staff';
  comparison?: AnswerComparison;
}

/** Under a minute reads "just now", under an hour "12 minutes ago"; otherwise the clinic's date and time. */
function whenWords(instant: string, now: Date, timeZone: string): string {
  const minutes = Math.floor((now.getTime() - Date.parse(instant)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  return clinicDateTime(instant, timeZone);
}

function enteredWords(history: MedicalHistory): string {
  if (history.source === 'patient') {
    return history.enteredBy ? `sent by ${history.enteredBy} from the portal` : 'sent from the portal';
  }
  return history.enteredBy ? `entered by ${history.enteredBy}` : 'entered by the clinic';
}

/** "Version 4, entered by Nurse Priya Shah, just now". */
export function VersionLine({ history, timeZone }: { history: MedicalHistory; timeZone: string }) {
  const now = useNow();
  return (
    <Text size="sm" c="dimmed">
      Version {history.version}, {enteredWords(history)},{' '}
      <time dateTime={history.enteredAt} title={clinicDateTime(history.enteredAt, timeZone)}>
        {whenWords(history.enteredAt, now, timeZone)}
      </time>
    </Text>
  );
}

/** The intake answers, read-only, the same for staff and for the patient. */
export function HistoryAnswers({ history, timeZone, audience = 'patient', comparison }: HistoryAnswersProps) {
  const { words } = audience === 'staff' ? staffQuestionnaire : patientQuestionnaire;
  const answers = readableAnswers(history.answers, { timeZone, words, compareWith: comparison?.answers });
  const flagged = answers.filter((answer) => answer.flagged);
  const changed = answers.filter((answer) => answer.otherAnswer !== undefined).length;

  return (
    <Stack gap="md">
      <VersionLine history={history} timeZone={timeZone} />
      {flagged.length > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title="Answered yes"
          // Mantine's orange title is 3.5:1 on this background; black text keeps it readable.
          styles={{ title: { color: 'var(--mantine-color-black)' } }}
        >
          {flagged.map((answer) => answer.question).join(' · ')}
        </Alert>
      )}
      {comparison && (
        <Text size="sm">
          {comparison.description}:{' '}
          {changed === 0 ? 'no answer' : changed === 1 ? '1 answer' : `${changed} answers`}, marked “Changed”.
        </Text>
      )}
      {answers.length === 0 ? (
        <Text>No answers were recorded in this version.</Text>
      ) : (
        <Stack component="dl" gap={0} m={0}>
          {answers.map((answer) => (
            <AnswerRow key={answer.id} answer={answer} otherTerm={comparison?.term ?? ''} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function rowAccent(answer: ReadableAnswer): string {
  if (answer.flagged) return 'var(--mantine-color-orange-7)';
  return answer.otherAnswer !== undefined ? 'var(--mantine-color-blue-7)' : 'transparent';
}

function AnswerRow({ answer, otherTerm }: { answer: ReadableAnswer; otherTerm: string }) {
  const changed = answer.otherAnswer !== undefined;
  // The term and its values sit directly in the row's div, as a description list requires.
  return (
    <Box
      px="sm"
      py="xs"
      bg={answer.flagged ? 'orange.0' : changed ? 'blue.0' : undefined}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        justifyContent: 'space-between',
        alignItems: 'flex-start',
        gap: 'var(--mantine-spacing-xs)',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        borderLeft: `4px solid ${rowAccent(answer)}`,
      }}
    >
      <Text component="dt" style={{ flex: '1 1 16rem' }}>
        {answer.question}
      </Text>
      <Text component="dd" m={0} fw={answer.flagged ? 700 : 500}>
        {changed && (
          <Badge variant="outline" color="blue.9" radius="sm" mr="xs">
            Changed
          </Badge>
        )}
        {answer.answer}
      </Text>
      {changed && (
        <Text component="dd" m={0} size="sm" c="dimmed" style={{ flexBasis: '100%', textAlign: 'end' }}>
          {otherTerm}: {answer.otherAnswer}
        </Text>
      )}
    </Box>
  );
}
