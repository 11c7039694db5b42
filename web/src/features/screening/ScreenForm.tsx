import type { PatientScreening } from '@corium/contracts';
import { Button, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { clinicDay } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { screeningApi } from './screening-api';
import { RadioRow, TreatmentFields } from './TreatmentFields';
import {
  plannedTreatmentOf,
  treatmentErrors,
  treatmentFields,
  treatmentStart,
  type TreatmentValues,
} from './treatment-form';

type ScreenValues = TreatmentValues & { occasion: 'review' | 'booking' };

const screenFields = ['occasion', ...treatmentFields] as const;

interface ScreenFormProps {
  patientId: string;
  latest: PatientScreening | undefined;
  onScreened: (screening: PatientScreening) => void;
  onCancel: () => void;
}

function OccasionField({ form }: { form: UseFormReturnType<ScreenValues> }) {
  const chosen = form.getValues().occasion;
  return (
    <Radio.Group
      label="Why are you screening?"
      description="At booking, recent toxin or filler injections need a prescriber’s override to book."
      {...form.getInputProps('occasion')}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs" maw={560}>
        <RadioRow value="review" label="To review the plan" checked={chosen === 'review'} />
        <RadioRow value="booking" label="To book the treatment" checked={chosen === 'booking'} />
      </SimpleGrid>
    </Radio.Group>
  );
}

/** Screens the current medical history against a treatment being considered or booked. */
export function ScreenForm({ patientId, latest, onScreened, onCancel }: ScreenFormProps) {
  const { timeZone } = useCurrentUser().clinic;
  // The clinic's day, not the device's: a tablet set to another zone must not move "today".
  const today = () => clinicDay(new Date(), timeZone);
  const form = useForm<ScreenValues>({
    initialValues: { occasion: 'review', ...treatmentStart(today(), latest) },
    validate: (values) => treatmentErrors(values, today()),
  });
  const problem = useFormProblem(form, screenFields);

  async function screen(values: ScreenValues) {
    problem.clear();
    try {
      const screening = await screeningApi.screen(patientId, {
        occasion: values.occasion,
        plannedTreatment: plannedTreatmentOf(values),
        isFirstSession: values.firstSession === 'yes',
      });
      onScreened(screening);
    } catch (error) {
      problem.fail(error);
    }
  }

  const submit = form.onSubmit(screen, (errors) => focusFirstError(errors, screenFields));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="screen-form-title">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={3} id="screen-form-title">
            Screen for a treatment
          </Title>
          <Text c="dimmed">Checks the patient’s current medical history against this plan.</Text>
        </Stack>
        <OccasionField form={form} />
        <TreatmentFields form={form} today={today()} withDate />
        <FormProblem message={problem.formMessage} title="The patient was not screened" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Screen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
