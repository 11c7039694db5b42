import { useMemo, useState } from 'react';
import {
  outcomeScales,
  type OutcomeScaleId,
  type OutcomeScore,
  type SeriesSchedule,
} from '@corium/contracts';
import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { clinicDay } from '../../lib/clinic-time';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { useCurrentUser } from '../auth/session';
import { concernName } from './outcome-words';
import { outcomesApi } from './outcomes-api';
import { PhotoPicker } from './PhotoPicker';
import {
  emptyMmasi,
  pointOptions,
  recordBody,
  scaleOptions,
  type PointOption,
  type RecordValues,
} from './record-form';
import { GradeCards, MmasiCalculator } from './ScoreInputs';

const fields = ['point', 'concern', 'ratedOn', 'scale', 'score', 'mmasi', 'photoIds', 'note'];

interface RecordScoreFormProps {
  patientId: string;
  /** The patient's concerns and those of their courses: the scales offered follow them. */
  concerns: readonly string[];
  schedule: readonly SeriesSchedule[];
  onRecorded: (score: OutcomeScore) => void;
}

type Form = UseFormReturnType<RecordValues>;

function useRecordForm(concerns: readonly string[], points: readonly PointOption[]): Form {
  const { clinic } = useCurrentUser();
  return useForm<RecordValues>({
    initialValues: {
      point: points[0]!.value,
      concern: concerns[0] ?? '',
      scale: '',
      ratedOn: clinicDay(new Date(), clinic.timeZone),
      score: null,
      mmasi: emptyMmasi(),
      photoIds: [],
      note: '',
    },
    validate: {
      scale: (v) => (v ? null : 'Choose a scale'),
      score: (v, values) => (values.scale === 'mmasi' || v !== null ? null : 'Choose a grade'),
    },
  });
}

/** Records a clinician's rating: the point of the course, the concern and scale, the grade, the photos. */
export function RecordScoreForm({ patientId, concerns, schedule, onRecorded }: RecordScoreFormProps) {
  const points = useMemo(() => pointOptions(schedule), [schedule]);
  const form = useRecordForm(concerns, points);
  const problem = useFormProblem(form, fields);
  const [busy, setBusy] = useState(false);
  const point = points.find((p) => p.value === form.values.point)!;
  const scales = scaleOptions(form.values.concern || null, point.timepoint);
  const scale = form.values.scale && scales.includes(form.values.scale) ? form.values.scale : '';

  async function submit(values: RecordValues) {
    setBusy(true);
    problem.clear();
    try {
      onRecorded(await outcomesApi.record(patientId, recordBody({ ...values, scale }, points)));
      form.setValues({ score: null, mmasi: emptyMmasi(), photoIds: [], note: '' });
    } catch (error) {
      problem.fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors, fields))} noValidate>
      <Stack gap="md" maw={760}>
        <WhenAndWhat form={form} points={points} concerns={concerns} />
        <ScoreFields form={form} scales={scales} scale={scale} />
        <PhotoPicker
          patientId={patientId}
          day={form.values.ratedOn}
          value={form.values.photoIds}
          onChange={(ids) => form.setFieldValue('photoIds', ids)}
        />
        <Textarea label="Note (optional)" autosize minRows={2} size="md" {...form.getInputProps('note')} />
        <FormProblem message={problem.formMessage} />
        <Button type="submit" size="md" loading={busy} w="fit-content">
          Record score
        </Button>
      </Stack>
    </form>
  );
}

function WhenAndWhat(props: { form: Form; points: readonly PointOption[]; concerns: readonly string[] }) {
  const { form, points, concerns } = props;
  const concernChoices = [
    ...concerns.map((c) => ({ value: c, label: concernName(c) })),
    { value: '', label: 'Whole face' },
  ];
  return (
    <>
      <NativeSelect
        label="What is this rating for?"
        data={points.map((p) => ({ value: p.value, label: p.label }))}
        size="md"
        {...form.getInputProps('point')}
      />
      <Group grow align="flex-start">
        <NativeSelect label="Concern" data={concernChoices} size="md" {...form.getInputProps('concern')} />
        <TextInput type="date" label="Rated on" size="md" {...form.getInputProps('ratedOn')} />
      </Group>
    </>
  );
}

function ScoreFields(props: { form: Form; scales: OutcomeScaleId[]; scale: OutcomeScaleId | '' }) {
  const { form, scales, scale } = props;
  const none = scales.length ? 'Choose a scale' : 'No scale for this concern at this point';
  return (
    <>
      <NativeSelect
        label="Scale"
        data={[
          { value: '', label: none },
          ...scales.map((id) => ({ value: id, label: outcomeScales[id].name })),
        ]}
        size="md"
        {...form.getInputProps('scale')}
        value={scale}
      />
      {scale === 'mmasi' && (
        <MmasiCalculator value={form.values.mmasi} onChange={(mmasi) => form.setFieldValue('mmasi', mmasi)} />
      )}
      {scale && scale !== 'mmasi' && (
        <GradeCards
          scale={scale}
          value={form.values.score}
          onChange={(score) => form.setFieldValue('score', score)}
          error={form.errors.score as string | undefined}
        />
      )}
    </>
  );
}
