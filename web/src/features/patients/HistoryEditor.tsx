import { useMemo, useState } from 'react';
import type { MedicalHistory } from '@corium/contracts';
import { Box, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { clinicDay } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { unansweredQuestions } from '../intake/intake-answers';
import { formFromAnswers } from '../intake/intake-values';
import { QuestionnaireContext, staffQuestionnaire } from '../intake/questionnaire';
import { StepForm } from '../intake/StepForm';
import { StepNav } from '../intake/StepNav';
import { useIntake } from '../intake/use-intake';
import { useStepFocus } from '../intake/use-step-focus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { historyApi } from './history-api';
import { historyChanges } from './history-changes';
import { HistoryReview } from './HistoryReview';

/** Mounted only while open, so each edit starts from the history as it is now. */
interface HistoryEditorProps {
  patientId: string;
  /** The version the edit starts from; `null` when none has been recorded. */
  current: MedicalHistory | null;
  onSaved: (history: MedicalHistory) => void;
  onClose: () => void;
}

/** The staff questionnaire, started from the current answers, saved once as a new version. */
function useHistoryEdit({ patientId, current, onSaved }: HistoryEditorProps) {
  const { timeZone } = useCurrentUser().clinic;
  // Fixed while the editor is open: a date field's latest day should not move under the user.
  const [today] = useState(() => clinicDay(new Date(), timeZone));
  const [start] = useState(() => formFromAnswers(current?.answers ?? {}, staffQuestionnaire));
  const intake = useIntake({
    questionnaire: staffQuestionnaire,
    start,
    today,
    submit: async (answers) => {
      const saved = await historyApi.record(patientId, answers);
      onSaved(saved);
      return saved;
    },
  });
  const changes = useMemo(
    () => historyChanges(current?.answers ?? {}, intake.answers),
    [current, intake.answers],
  );
  // A version identical to the last would only say that someone looked; it is not saved.
  const [askedToSaveNothing, setAskedToSaveNothing] = useState(false);

  function save() {
    setAskedToSaveNothing(changes.length === 0);
    if (changes.length > 0) void intake.send();
  }

  const formMessage =
    askedToSaveNothing && changes.length === 0
      ? 'There is nothing to save: no answer has changed.'
      : intake.formMessage;
  return { intake, today, changes, save, formMessage };
}

function startWords(current: MedicalHistory | null): string {
  const from = current
    ? `Starts from version ${current.version}, the current one.`
    : 'No history has been recorded yet.';
  return `${from} The questions are worded as the patient reads them: record what the patient tells you, and leave a question unanswered if it is not known.`;
}

type HistoryEdit = ReturnType<typeof useHistoryEdit>;

/** The step on screen, or the review of the changes, under the way to every step. */
function EditorSteps({ edit, current }: { edit: HistoryEdit; current: MedicalHistory | null }) {
  const { intake, today, changes, save, formMessage } = edit;
  const { headingRef, stepRef } = useStepFocus(intake.focus);
  const back = () => intake.goTo(intake.index - 1);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {startWords(current)}
      </Text>
      <StepNav index={intake.index} onGoTo={intake.goTo} />
      <Box ref={stepRef}>
        {intake.index < intake.reviewIndex ? (
          <StepForm
            index={intake.index}
            form={intake.form}
            errors={intake.errors}
            today={today}
            headingRef={headingRef}
            onChange={intake.setEntry}
            onBack={back}
            onNext={intake.next}
          />
        ) : (
          <HistoryReview
            changes={changes}
            unanswered={unansweredQuestions(intake.form, staffQuestionnaire).length}
            nextVersion={(current?.version ?? 0) + 1}
            headingRef={headingRef}
            formMessage={formMessage}
            saving={intake.sending}
            onChangeStep={intake.goTo}
            onBack={back}
            onSave={save}
          />
        )}
      </Box>
    </Stack>
  );
}

export function HistoryEditor(props: HistoryEditorProps) {
  const edit = useHistoryEdit(props);
  const changed = edit.changes.length;
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  // A long form reads better on the whole screen of a phone.
  const phone = useMediaQuery('(max-width: 36em)');
  const close = () => (changed > 0 ? setConfirmingDiscard(true) : props.onClose());

  return (
    <Modal
      opened
      onClose={close}
      title="Complete or correct the medical history"
      size="xl"
      fullScreen={phone}
      // A stray tap beside the dialog on a tablet must not throw away a half-done edit.
      closeOnClickOutside={false}
    >
      <QuestionnaireContext value={staffQuestionnaire}>
        <EditorSteps edit={edit} current={props.current} />
      </QuestionnaireContext>
      <ConfirmDialog
        opened={confirmingDiscard}
        title="Discard the changes?"
        confirmLabel="Discard changes"
        danger
        onConfirm={async () => props.onClose()}
        onClose={() => setConfirmingDiscard(false)}
      >
        {changed === 1 ? '1 answer was changed' : `${changed} answers were changed`} and not saved. Closing
        now leaves the medical history as it is.
      </ConfirmDialog>
    </Modal>
  );
}
