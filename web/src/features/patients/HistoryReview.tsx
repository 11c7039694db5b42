import type { Ref } from 'react';
import { Alert, Box, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { noteProps } from '../intake/note-alert';
import { StepHeading } from '../intake/StepHeading';
import { useQuestionnaire } from '../intake/questionnaire';
import { FormProblem } from '../../ui/FormProblem';
import type { AnswerChange } from './history-changes';

interface HistoryReviewProps {
  changes: AnswerChange[];
  /** Questions still without an answer once saved. */
  unanswered: number;
  /** The number the saved version will take. */
  nextVersion: number;
  headingRef: Ref<HTMLHeadingElement>;
  /** Why the save was refused, or that there is nothing to save. */
  formMessage: string | null;
  saving: boolean;
  onChangeStep: (index: number) => void;
  onBack: () => void;
  onSave: () => void;
}

/** What the new version changes, old → new per question, read before it is saved. */
export function HistoryReview(props: HistoryReviewProps) {
  const { changes, unanswered, nextVersion, headingRef, formMessage, saving } = props;
  const { steps } = useQuestionnaire();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <Stack gap="lg">
        <StepHeading index={steps.length} headingRef={headingRef} />
        {changes.length === 0 ? (
          <Text>
            No answer has changed yet. Choose a part of the questionnaire above to complete or correct it.
          </Text>
        ) : (
          <>
            <Text>
              Saving records {changes.length === 1 ? 'this change' : `these ${changes.length} changes`} as
              version {nextVersion}, entered by you. Earlier versions stay as they were.
            </Text>
            <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
              {changes.map((change) => (
                <ChangeRow
                  key={change.question.id}
                  change={change}
                  onChange={() =>
                    props.onChangeStep(steps.findIndex((step) => step.id === change.question.step))
                  }
                />
              ))}
            </Stack>
          </>
        )}
        {unanswered > 0 && <UnansweredNote count={unanswered} />}
        <FormProblem message={formMessage} title="The medical history was not saved" />
        <SaveButtons nextVersion={nextVersion} saving={saving} onBack={props.onBack} />
      </Stack>
    </form>
  );
}

interface SaveButtonsProps {
  nextVersion: number;
  saving: boolean;
  onBack: () => void;
}

function SaveButtons({ nextVersion, saving, onBack }: SaveButtonsProps) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Button
        variant="default"
        leftSection={<IconArrowLeft size={18} aria-hidden="true" />}
        onClick={onBack}
        disabled={saving}
      >
        Back
      </Button>
      <Button type="submit" leftSection={<IconDeviceFloppy size={18} aria-hidden="true" />} loading={saving}>
        Save as version {nextVersion}
      </Button>
    </Group>
  );
}

const answerLines = (lines: string[] | null) => (lines === null ? 'Not answered' : lines.join(', '));

function ChangeRow({ change, onChange }: { change: AnswerChange; onChange: () => void }) {
  return (
    <Box component="li" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4}>
          <Text size="sm" c="dimmed">
            {change.question.label}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Text span td="line-through">
              <VisuallyHidden>From </VisuallyHidden>
              {answerLines(change.before)}
            </Text>
            <IconArrowRight size={16} aria-hidden="true" />
            <Text span fw={700}>
              <VisuallyHidden>to </VisuallyHidden>
              {answerLines(change.after)}
            </Text>
          </Group>
        </Stack>
        <Button variant="subtle" onClick={onChange} aria-label={`Change again: ${change.question.label}`}>
          Change
        </Button>
      </Group>
    </Box>
  );
}

function UnansweredNote({ count }: { count: number }) {
  const questions = count === 1 ? '1 question is' : `${count} questions are`;
  return (
    <Alert
      color="blue"
      icon={<IconInfoCircle aria-hidden="true" />}
      title={`${questions} not answered`}
      {...noteProps}
    >
      The history can be saved without {count === 1 ? 'it' : 'them'}; screening flags what is missing.
    </Alert>
  );
}
