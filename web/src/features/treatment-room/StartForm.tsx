import { useState } from 'react';
import { photosAtStart, startSessionRequest, type PhotosAtStart, type SessionChart } from '@corium/contracts';
import { Button, Radio, Select, Stack, Textarea } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { FieldErrors } from '../../lib/form-errors';
import { FormProblem } from '../../ui/FormProblem';
import { focusFirstError } from '../../ui/focus-first-error';
import { useFormProblem } from '../../ui/use-form-problem';
import { choiceStyles } from '../intake/choice-styles';
import { photosWords } from './chart-words';
import { chartingApi } from './charting-api';
import { startErrors, startFields, startRequest, type StartChoices } from './readiness';

export interface PenChoice {
  value: string;
  label: string;
}

interface StartFormProps {
  patientId: string;
  appointmentId: string;
  pens: PenChoice[];
  /** The pen the appointment holds, picked to begin with. */
  bookedPen: string | null;
  canStart: boolean;
  onStarted: (chart: SessionChart) => void;
}

function useStartForm({ patientId, appointmentId, bookedPen, onStarted }: StartFormProps) {
  const [choices, setChoices] = useState<StartChoices>({
    photos: null,
    photosReason: '',
    deviceId: bookedPen,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const problem = useFormProblem({ setErrors }, startFields);
  const change = (part: Partial<StartChoices>) => {
    setChoices((current) => ({ ...current, ...part }));
    setErrors({});
  };

  async function start() {
    const parsed = startSessionRequest.safeParse(startRequest(appointmentId, choices));
    if (!parsed.success) {
      const found = startErrors(appointmentId, choices);
      setErrors(found);
      focusFirstError(found, startFields);
      return;
    }
    setBusy(true);
    problem.clear();
    try {
      onStarted(await chartingApi.start(patientId, parsed.data));
    } catch (error) {
      problem.fail(error);
      setBusy(false);
    }
  }
  return { choices, errors, busy, formMessage: problem.formMessage, change, start };
}

type Form = ReturnType<typeof useStartForm>;

/** Taken, declined or unavailable; anything but taken says why. */
function PhotosField({ form }: { form: Form }) {
  const { choices, errors, change } = form;
  return (
    <>
      <Radio.Group
        label="Baseline photos"
        required
        data-path="photos"
        value={choices.photos ?? ''}
        error={errors.photos}
        onChange={(value) => change({ photos: value as PhotosAtStart })}
      >
        <Stack gap="xs" mt="xs">
          {photosAtStart.options.map((option) => (
            <Radio
              key={option}
              value={option}
              label={photosWords[option]}
              styles={choiceStyles(choices.photos === option)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {choices.photos !== null && choices.photos !== 'taken' && (
        <Textarea
          label="Why there are no baseline photos"
          required
          autosize
          minRows={2}
          data-path="photosReason"
          value={choices.photosReason}
          error={errors.photosReason}
          onChange={(event) => change({ photosReason: event.currentTarget.value })}
        />
      )}
    </>
  );
}

/** Photos (or why none), the pen, and one large Start button. */
export function StartForm(props: StartFormProps) {
  const form = useStartForm(props);
  return (
    <Stack gap="md">
      <PhotosField form={form} />
      <Select
        label="Pen"
        description="The pen booked for this visit, unless another is used."
        data={props.pens}
        data-path="deviceId"
        value={form.choices.deviceId}
        error={form.errors.deviceId}
        onChange={(deviceId) => form.change({ deviceId })}
      />
      <FormProblem message={form.formMessage} />
      <Button
        size="lg"
        h={64}
        fullWidth
        leftSection={<IconPlayerPlay size={24} aria-hidden="true" />}
        disabled={!props.canStart}
        loading={form.busy}
        onClick={() => void form.start()}
      >
        Start the session
      </Button>
    </Stack>
  );
}
