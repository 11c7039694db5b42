import { useState, type Dispatch, type SetStateAction } from 'react';
import type { CheckInAnswers, CheckInForm, CheckInOutcome } from '@corium/contracts';
import { Button, Card, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { describeError } from '../../lib/api';
import { calendarDate } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { checkInAnswers, checkInProgress, emptyDraft, type CheckInDraft } from './check-in-state';
import { EffectQuestions } from './EffectQuestions';
import { RedFlagQuestions } from './RedFlagQuestions';

interface CheckInFormViewProps {
  form: CheckInForm;
  submit: (answers: CheckInAnswers) => Promise<CheckInOutcome>;
  onDone: (outcome: CheckInOutcome) => void;
}

/** Focus goes to the question's first card, so a screen reader reads the question and its message. */
function focusField(id: string) {
  const first = document.getElementById(id)?.querySelector<HTMLElement>('[role="radio"]');
  first?.focus();
  first?.scrollIntoView({ block: 'center' });
}

/** The draft, and sending it: an incomplete form points at its first unanswered question instead. */
function useCheckIn({ form, submit, onDone }: CheckInFormViewProps) {
  const [draft, setDraft] = useState<CheckInDraft>(emptyDraft);
  const [showMissing, setShowMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const progress = checkInProgress(form, draft);

  async function send() {
    const answers = checkInAnswers(form, draft);
    if (!answers) {
      setShowMissing(true);
      if (progress.firstMissing) focusField(progress.firstMissing);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onDone(await submit(answers));
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  }
  return { draft, setDraft, showMissing, busy, failure, progress, send };
}

/** One check-in: six scores, the yes/no questions, an optional note; progress shown as it fills. */
export function CheckInFormView(props: CheckInFormViewProps) {
  const { form } = props;
  const { draft, setDraft, showMissing, busy, failure, progress, send } = useCheckIn(props);
  const left = progress.total - progress.answered;
  return (
    <form
      noValidate
      aria-labelledby="check-in-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Stack gap="xl">
        <CheckInIntro form={form} />
        <Questions form={form} draft={draft} setDraft={setDraft} showMissing={showMissing} />
        <Textarea
          label="Anything else the clinic should know? (optional)"
          autosize
          minRows={3}
          maxLength={1000}
          value={draft.note}
          onChange={(event) => {
            const note = event.currentTarget.value;
            setDraft((d) => ({ ...d, note }));
          }}
        />
        {showMissing && left > 0 && (
          <FormProblem message={`${left} question${left === 1 ? ' is' : 's are'} still unanswered.`} />
        )}
        <FormProblem message={failure} title="Your answers were not sent" />
        <CheckInProgress answered={progress.answered} total={progress.total} />
        <Button type="submit" size="lg" loading={busy} fullWidth>
          Send my answers
        </Button>
      </Stack>
    </form>
  );
}

interface QuestionsProps {
  form: CheckInForm;
  draft: CheckInDraft;
  setDraft: Dispatch<SetStateAction<CheckInDraft>>;
  showMissing: boolean;
}

function Questions({ form, draft, setDraft, showMissing }: QuestionsProps) {
  return (
    <>
      <Card component="section" aria-labelledby="effects-heading">
        <Title order={2} size="h3" id="effects-heading" mb="md">
          How your skin is today
        </Title>
        <EffectQuestions
          questions={form.effects}
          scores={draft.effects}
          onScore={(effect, score) => setDraft((d) => ({ ...d, effects: { ...d.effects, [effect]: score } }))}
          showMissing={showMissing}
        />
      </Card>
      <Card component="section" aria-labelledby="flags-heading">
        <Title order={2} size="h3" id="flags-heading">
          Anything that is not usual healing?
        </Title>
        <Text mb="md">Answer each question, even if the answer is no.</Text>
        <RedFlagQuestions
          questions={form.redFlags}
          answers={draft.redFlags}
          onAnswer={(id, yes) => setDraft((d) => ({ ...d, redFlags: { ...d.redFlags, [id]: yes } }))}
          showMissing={showMissing}
        />
      </Card>
    </>
  );
}

function CheckInIntro({ form }: { form: CheckInForm }) {
  return (
    <Stack gap={4}>
      <Title order={1} id="check-in-heading">
        Day {form.day} check-in
      </Title>
      <Text size="lg">
        {form.patientFirstName}, how does your skin feel today? Your treatment at {form.clinicName} was on{' '}
        {calendarDate(form.treatmentDate)}. It takes about two minutes, and the clinic reads every answer.
      </Text>
    </Stack>
  );
}

function CheckInProgress({ answered, total }: { answered: number; total: number }) {
  const percent = total === 0 ? 100 : Math.round((answered / total) * 100);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="check-in-progress-label">
        {answered} of {total} answered
      </Text>
      <Progress value={percent} size="lg" aria-labelledby="check-in-progress-label" />
    </Stack>
  );
}
