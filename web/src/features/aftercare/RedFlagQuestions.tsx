import type { RedFlagQuestion, RedFlagQuestionId } from '@corium/contracts';
import { Group, Radio, Stack, Text } from '@mantine/core';
import { redFlagFieldId } from './check-in-state';

interface RedFlagQuestionsProps {
  questions: readonly RedFlagQuestion[];
  answers: Partial<Record<RedFlagQuestionId, boolean>>;
  onAnswer: (id: RedFlagQuestionId, yes: boolean) => void;
  showMissing: boolean;
}

const choices = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
] as const;

/** Yes/no questions about signs that are not normal healing; both answers are big targets. */
export function RedFlagQuestions({ questions, answers, onAnswer, showMissing }: RedFlagQuestionsProps) {
  return (
    <Stack gap="lg">
      {questions.map((question) => {
        const answer = answers[question.id];
        const value = answer === undefined ? '' : answer ? 'yes' : 'no';
        return (
          <Radio.Group
            key={question.id}
            id={redFlagFieldId(question.id)}
            label={question.question}
            description={question.hint ?? undefined}
            labelProps={{ fz: 'md', fw: 650 }}
            value={value}
            onChange={(next) => onAnswer(question.id, next === 'yes')}
            error={showMissing && answer === undefined ? 'Answer yes or no' : undefined}
          >
            <Group grow gap="xs" mt="xs">
              {choices.map((choice) => (
                <Radio.Card key={choice.value} value={choice.value} radius="md" p="sm" mih={52}>
                  <Group wrap="nowrap" gap="sm" justify="center">
                    <Radio.Indicator />
                    <Text fw={650}>{choice.label}</Text>
                  </Group>
                </Radio.Card>
              ))}
            </Group>
          </Radio.Group>
        );
      })}
    </Stack>
  );
}
