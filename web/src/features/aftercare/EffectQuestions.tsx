import type { CheckInEffect, EffectQuestion } from '@corium/contracts';
import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { effectFieldId } from './check-in-state';

interface EffectQuestionsProps {
  questions: readonly EffectQuestion[];
  scores: Partial<Record<CheckInEffect, number>>;
  onScore: (effect: CheckInEffect, score: number) => void;
  /** Shown under questions left unanswered after a first try to send. */
  showMissing: boolean;
}

/** Each effect as four large cards, 0 none to 3 severe, each saying what it looks or feels like. */
export function EffectQuestions({ questions, scores, onScore, showMissing }: EffectQuestionsProps) {
  return (
    <Stack gap="xl">
      {questions.map((question) => {
        const value = scores[question.effect];
        return (
          <Radio.Group
            key={question.effect}
            id={effectFieldId(question.effect)}
            label={question.question}
            labelProps={{ fz: 'lg', fw: 650, mb: 'xs' }}
            value={value === undefined ? '' : String(value)}
            onChange={(next) => onScore(question.effect, Number(next))}
            error={showMissing && value === undefined ? 'Choose the card that fits best' : undefined}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              {question.levels.map((level) => (
                <Radio.Card key={level.score} value={String(level.score)} radius="md" p="md" mih={64}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <Stack gap={2}>
                      <Text fw={650}>{level.label}</Text>
                      <Text size="sm">{level.description}</Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        );
      })}
    </Stack>
  );
}
