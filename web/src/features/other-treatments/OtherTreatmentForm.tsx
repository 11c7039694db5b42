import type { OtherTreatment } from '@corium/contracts';
import { Button, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { clinicDay } from '../../lib/clinic-time';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { useCurrentUser } from '../auth/session';
import { ZonesPicker } from '../treatment-room/ZonesPicker';
import {
  emptyOtherTreatment,
  otherTreatmentFields,
  toOtherTreatmentRequest,
  validateOtherTreatment,
  valuesOf,
  type OtherTreatmentValues,
} from './other-treatment-form';
import { kindOptions } from './other-treatment-words';
import { otherTreatmentsApi } from './other-treatments-api';

interface OtherTreatmentFormProps {
  patientId: string;
  /** The record this one corrects; it stays on file, marked as corrected. */
  correcting?: OtherTreatment;
  onSaved: () => void;
  onCancel: () => void;
}

/** A toxin, filler, peel or laser treatment: what, where, when, in which zones. */
export function OtherTreatmentForm({ patientId, correcting, onSaved, onCancel }: OtherTreatmentFormProps) {
  const { clinic } = useCurrentUser();
  const form = useForm<OtherTreatmentValues>({
    initialValues: correcting ? valuesOf(correcting) : emptyOtherTreatment,
    validate: validateOtherTreatment,
  });
  const problem = useFormProblem(form, otherTreatmentFields);

  async function submit(values: OtherTreatmentValues) {
    problem.clear();
    try {
      await otherTreatmentsApi.record(patientId, toOtherTreatmentRequest(values, correcting?.id));
      onSaved();
    } catch (error) {
      problem.fail(error);
    }
  }

  return (
    <form
      onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors, otherTreatmentFields))}
      noValidate
    >
      <Stack gap="md">
        <WhatAndWhen form={form} today={clinicDay(new Date(), clinic.timeZone)} />
        <ZonesPicker
          label="Zones"
          value={form.values.zones}
          onChange={(zones) => form.setFieldValue('zones', zones)}
          treated={[]}
          error={form.errors.zones as string | undefined}
          path="zones"
        />
        <ProductAndNotes form={form} />
        <FormProblem message={problem.formMessage} title="Not recorded" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {correcting ? 'Save the correction' : 'Record treatment'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What was given, where, and on which day (a treatment elsewhere is recorded once given). */
function WhatAndWhen({ form, today }: { form: UseFormReturnType<OtherTreatmentValues>; today: string }) {
  const elsewhere = form.values.where === 'elsewhere';
  return (
    <>
      <Select
        label="Treatment"
        required
        data={kindOptions}
        allowDeselect={false}
        comboboxProps={{ keepMounted: false }}
        {...form.getInputProps('kind')}
      />
      <Radio.Group label="Given" {...form.getInputProps('where')}>
        <Group gap="lg" mt="xs">
          <Radio value="elsewhere" label="Elsewhere" size="md" />
          <Radio value="here" label="At this clinic" size="md" />
        </Group>
      </Radio.Group>
      <TextInput
        type="date"
        label="Date given"
        description={
          elsewhere ? 'The day it was given.' : 'The day it was or will be given; up to a year ahead.'
        }
        required
        max={elsewhere ? today : undefined}
        maw={{ sm: 360 }}
        {...form.getInputProps('date')}
      />
    </>
  );
}

function ProductAndNotes({ form }: { form: UseFormReturnType<OtherTreatmentValues> }) {
  return (
    <>
      <TextInput
        label="Product and dose"
        description="Optional, e.g. “Bocouture 20 U glabella”."
        maxLength={200}
        {...form.getInputProps('product')}
      />
      <Textarea label="Notes" autosize minRows={2} maxLength={2000} {...form.getInputProps('notes')} />
    </>
  );
}
