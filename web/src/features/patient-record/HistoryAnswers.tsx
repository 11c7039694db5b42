import type { MedicalHistory } from '@corium/contracts';
import { Alert, Box, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { readableAnswers, type ReadableAnswer } from './answer-text';

interface HistoryAnswersProps {
  history: MedicalHistory;
  timeZone: string;
}

/** The intake answers, read-only, the same for staff and for the patient. */
export function HistoryAnswers({ history, timeZone }: HistoryAnswersProps) {
  const answers = readableAnswers(history.answers, timeZone);
  const flagged = answers.filter((answer) => answer.flagged);
  const entered = clinicDateTime(history.enteredAt, timeZone);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Version {history.version} · entered <time dateTime={history.enteredAt}>{entered}</time>
        {history.enteredBy && ` by ${history.enteredBy}`}
      </Text>
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
      {answers.length === 0 ? (
        <Text>No answers were recorded in this version.</Text>
      ) : (
        <Stack component="dl" gap={0} m={0}>
          {answers.map((answer) => (
            <AnswerRow key={answer.id} answer={answer} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function AnswerRow({ answer }: { answer: ReadableAnswer }) {
  // The term and its value sit directly in the row's div, as a description list requires.
  return (
    <Box
      px="sm"
      py="xs"
      bg={answer.flagged ? 'orange.0' : undefined}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        justifyContent: 'space-between',
        alignItems: 'flex-start',
        gap: 'var(--mantine-spacing-xs)',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        borderLeft: `4px solid ${answer.flagged ? 'var(--mantine-color-orange-7)' : 'transparent'}`,
      }}
    >
      <Text component="dt" style={{ flex: '1 1 16rem' }}>
        {answer.question}
      </Text>
      <Text component="dd" m={0} fw={answer.flagged ? 700 : 500}>
        {answer.answer}
      </Text>
    </Box>
  );
}
