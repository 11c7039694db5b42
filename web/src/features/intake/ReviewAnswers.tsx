import type { Ref } from 'react';
import type { IntakeQuestion } from '@corium/contracts';
import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { FormProblem } from '../../ui/FormProblem';
import { answerWords } from './answer-words';
import { answersFromForm, unansweredQuestions } from './intake-answers';
import type { Answers, IntakeForm } from './intake-values';
import { noteProps } from './note-alert';
import { questionsOf, useQuestionnaire, type IntakeStep } from './questionnaire';
import { StepButtons } from './StepButtons';
import { StepHeading } from './StepHeading';

interface ReviewAnswersProps {
  form: IntakeForm;
  headingRef: Ref<HTMLHeadingElement>;
  /** Why the clinic's server refused the answers, when no single question explains it. */
  formMessage: string | null;
  sending: boolean;
  onChangeStep: (index: number) => void;
  onBack: () => void;
  onSend: () => void;
}

/** Every answer read back before sending, with a way back to each step. */
export function ReviewAnswers(props: ReviewAnswersProps) {
  const { form, headingRef, formMessage, sending, onChangeStep, onBack, onSend } = props;
  const questionnaire = useQuestionnaire();
  const answers = answersFromForm(form, questionnaire);
  const unanswered = unansweredQuestions(form, questionnaire).length;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      <Stack gap="lg">
        <StepHeading index={questionnaire.steps.length} headingRef={headingRef} />
        <Text>Read your answers through. If something is wrong, choose “Change” to go back to it.</Text>
        {unanswered > 0 && <UnansweredNote count={unanswered} />}
        {questionnaire.steps.map((step, index) => (
          <ReviewSection key={step.id} step={step} answers={answers} onChange={() => onChangeStep(index)} />
        ))}
        <FormProblem message={formMessage} title="Your answers could not be sent" />
        <StepButtons onBack={onBack} label="Send to the clinic" sends sending={sending} />
      </Stack>
    </form>
  );
}

interface ReviewSectionProps {
  step: IntakeStep;
  answers: Answers;
  onChange: () => void;
}

/** One step's answers under its title, with the button that goes back to change them. */
function ReviewSection({ step, answers, onChange }: ReviewSectionProps) {
  const questionnaire = useQuestionnaire();
  const headingId = `review-${step.id}`;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="xs" mb={4}>
        <Title order={3} size="h4" id={headingId}>
          {step.title}
        </Title>
        <Button
          variant="subtle"
          leftSection={<IconPencil size={18} aria-hidden="true" />}
          onClick={onChange}
          // Says which part; it starts with the visible word, so speech control finds it too.
          aria-label={`Change ${step.title}`}
          style={{ flexShrink: 0 }}
        >
          Change
        </Button>
      </Group>
      <Stack component="dl" gap={0} m={0}>
        {questionsOf(questionnaire, step.id).map((question) => (
          <ReviewRow key={question.id} question={question} answer={answers[question.id]} />
        ))}
      </Stack>
    </Box>
  );
}

function UnansweredNote({ count }: { count: number }) {
  const questions = count === 1 ? '1 question' : `${count} questions`;
  return (
    <Alert
      color="blue"
      icon={<IconInfoCircle aria-hidden="true" />}
      title={`${questions} not answered yet`}
      {...noteProps}
    >
      You can still send the questionnaire. The clinic will ask you about {count === 1 ? 'it' : 'them'} before
      your treatment.
    </Alert>
  );
}

function ReviewRow({ question, answer }: { question: IntakeQuestion; answer: unknown }) {
  const { words } = useQuestionnaire();
  return (
    <Box py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Text component="dt" size="sm" c="dimmed">
        {question.label}
      </Text>
      {answer === undefined ? (
        <Text component="dd" m={0} fs="italic">
          Not answered yet
        </Text>
      ) : (
        answerWords(question, answer, words).map((line, index) => (
          <Text key={index} component="dd" m={0} fw={600}>
            {line}
          </Text>
        ))
      )}
    </Box>
  );
}
