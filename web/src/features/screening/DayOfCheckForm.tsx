import type { PatientScreening } from '@corium/contracts';
import { Button, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { calendarDate, clinicDay } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { ChangedAnswers } from './ChangedAnswers';
import { dayOfErrors, dayOfFields, dayOfRequest, dayOfStart, type DayOfValues } from './day-of-form';
import { screeningApi } from './screening-api';
import { RadioRow, TreatmentFields } from './TreatmentFields';

type DayOfForm = UseFormReturnType<DayOfValues>;

function AttestationFields({ form, today }: { form: DayOfForm; today: string }) {
  const { attestedBy, changed } = form.getValues();
  return (
    <Stack gap="lg">
      <Radio.Group label="Who is confirming the answers?" {...form.getInputProps('attestedBy')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs" maw={560}>
          <RadioRow value="patient" label="The patient" checked={attestedBy === 'patient'} />
          <RadioRow value="practitioner" label="The practitioner" checked={attestedBy === 'practitioner'} />
        </SimpleGrid>
      </Radio.Group>
      <Radio.Group
        label="Has anything changed since the last visit?"
        description="New medicines, a cold sore, a recent peel, toxin or filler, a pregnancy, time in the sun…"
        {...form.getInputProps('changed')}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs" maw={560}>
          <RadioRow value="no" label="No, nothing has changed" checked={changed === 'no'} />
          <RadioRow value="yes" label="Yes, something has changed" checked={changed === 'yes'} />
        </SimpleGrid>
      </Radio.Group>
      {changed === 'yes' && <ChangedAnswers form={form} today={today} />}
    </Stack>
  );
}

interface DayOfCheckFormProps {
  patientId: string;
  latest: PatientScreening | undefined;
  onScreened: (screening: PatientScreening) => void;
  onCancel: () => void;
}

/**
 * The "anything changed since last time?" re-attestation before today's session. Changes are
 * recorded as a new version of the medical history, then the patient is screened again.
 */
export function DayOfCheckForm({ patientId, latest, onScreened, onCancel }: DayOfCheckFormProps) {
  const { timeZone } = useCurrentUser().clinic;
  // Today in the clinic, whatever zone the tablet is set to: the session is today's.
  const today = () => clinicDay(new Date(), timeZone);
  const form = useForm<DayOfValues>({
    initialValues: dayOfStart(today(), latest),
    validate: (values) => dayOfErrors(values, today()),
  });
  const problem = useFormProblem(form, dayOfFields(form.getValues()));

  async function check(values: DayOfValues) {
    problem.clear();
    try {
      onScreened(await screeningApi.dayOfCheck(patientId, dayOfRequest(values, today())));
    } catch (error) {
      problem.fail(error);
    }
  }

  const submit = form.onSubmit(check, (errors) => focusFirstError(errors, dayOfFields(form.getValues())));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="day-of-form-title">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={3} id="day-of-form-title">
            Day-of check
          </Title>
          <Text c="dimmed">For today’s session, {calendarDate(today())}.</Text>
        </Stack>
        <AttestationFields form={form} today={today()} />
        <TreatmentFields form={form} today={today()} withDate={false} />
        <FormProblem message={problem.formMessage} title="The day-of check was not recorded" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Record and screen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
