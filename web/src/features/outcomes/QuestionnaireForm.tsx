import { useState } from 'react';
import { appearanceCheck, outcomeScales, type OutcomeScaleId } from '@corium/contracts';
import { Button, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import type { DueQuestionnaire } from './due-questionnaires';
import { portalOutcomesApi } from './outcomes-api';

type Answers = Record<string, number>;

interface Question {
  key: string;
  text: string;
  choices: { value: number; label: string }[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The questions of the due scales, in plain words, each a set of large radio cards. */
function questionsOf(scales: readonly OutcomeScaleId[]): Question[] {
  return scales.flatMap((scale): Question[] => {
    if (scale === 'gais_patient')
      return [
        {
          key: scale,
          text: 'Compared with before your first session, how does your skin look now?',
          choices: range(1, 5).map((v) => ({ value: v, label: outcomeScales.gais_patient.labels![v]! })),
        },
      ];
    if (scale === 'satisfaction')
      return [
        {
          key: scale,
          text: 'How satisfied are you with the result so far? (0 = not at all, 10 = completely)',
          choices: range(0, 10).map((v) => ({ value: v, label: String(v) })),
        },
      ];
    return appearanceCheck.items.map((item) => ({
      key: `${scale}.${item.id}`,
      text: item.text,
      choices: range(1, 4).map((v) => ({ value: v, label: appearanceCheck.answers[v as 1] })),
    }));
  });
}

/** Stores each scale of the questionnaire as its own score, the appearance check from its items. */
async function sendAnswers(due: DueQuestionnaire, answers: Answers): Promise<void> {
  for (const scale of due.scales) {
    const base = { scale, timepoint: due.timepoint, seriesId: due.seriesId, concern: null };
    await portalOutcomesApi.answer(
      scale === 'appearance_check'
        ? { ...base, answers: appearanceCheck.items.map((item) => answers[`${scale}.${item.id}`]!) }
        : { ...base, score: answers[scale]! },
    );
  }
}

/** Answers one due questionnaire; each scale is stored as its own score. */
export function QuestionnaireForm({ due, onDone }: { due: DueQuestionnaire; onDone: () => void }) {
  const questions = questionsOf(due.scales);
  const [answers, setAnswers] = useState<Answers>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const complete = questions.every((q) => answers[q.key] !== undefined);

  async function send() {
    setBusy(true);
    setProblem(null);
    try {
      await sendAnswers(due, answers);
      onDone();
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      {questions.map((q) => (
        <QuestionCards
          key={q.key}
          question={q}
          value={answers[q.key]}
          onAnswer={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}
        />
      ))}
      {due.scales.includes('appearance_check') && (
        <Text size="sm" c="dimmed">
          The four statements are the clinic’s own short check, not a validated questionnaire: they help you
          and your clinician see how your view of your skin changes over the course.
        </Text>
      )}
      <FormProblem message={problem} />
      <Button size="md" mih={48} onClick={() => void send()} loading={busy} disabled={!complete}>
        Send my answers
      </Button>
    </Stack>
  );
}

export function QuestionnaireHeading({ due }: { due: DueQuestionnaire }) {
  const when =
    due.timepoint === 'baseline'
      ? 'before your course'
      : due.timepoint === 'month_3'
        ? '3 months after your last session'
        : '6 months after your last session';
  return (
    <Title order={2} size="h3">
      A few questions {when}
    </Title>
  );
}

function QuestionCards(props: {
  question: Question;
  value: number | undefined;
  onAnswer: (v: number) => void;
}) {
  const { question: q, value, onAnswer } = props;
  const wide = q.choices.length > 5;
  return (
    <Radio.Group
      label={q.text}
      labelProps={{ fz: 'md', fw: 650, mb: 'xs' }}
      value={value === undefined ? '' : String(value)}
      onChange={(v) => onAnswer(Number(v))}
    >
      <SimpleGrid cols={{ base: wide ? 4 : 1, xs: wide ? 6 : 2 }} spacing="xs">
        {q.choices.map((choice) => (
          <Radio.Card key={choice.value} value={String(choice.value)} radius="md" p="sm" mih={48}>
            <Text ta={wide ? 'center' : 'left'}>{choice.label}</Text>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
