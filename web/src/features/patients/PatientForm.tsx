import type { ReactNode } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { ClinicalFields, ConcernFields } from './CareFields';
import { patientFields, type PatientValues } from './patient-form';
import { ContactFields, EmergencyContactFields, IdentityFields } from './PatientFields';

interface PatientFormProps {
  form: UseFormReturnType<PatientValues>;
  /** Whether the Fitzpatrick type and clinical notes are shown: clinical roles only. */
  clinical: boolean;
  /** The clinic's calendar day, `YYYY-MM-DD`, the latest date of birth the form accepts. */
  today: string;
  submitLabel: string;
  /** Why the whole form was refused, when no single field explains it. */
  formMessage: string | null;
  problemTitle: string;
  onSubmit: (values: PatientValues) => Promise<void>;
  onCancel: () => void;
  /** Shown just above the buttons, e.g. patients who may be the same person. */
  children?: ReactNode;
}

/** The patient's details, the same form for registering a patient and for editing one. */
export function PatientForm(props: PatientFormProps) {
  const { form, clinical, today, submitLabel, formMessage, problemTitle, onSubmit, onCancel, children } =
    props;
  const submit = form.onSubmit(onSubmit, (errors) => focusFirstError(errors, patientFields));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <IdentityFields form={form} today={today} />
        <ContactFields form={form} />
        <EmergencyContactFields form={form} />
        <ConcernFields form={form} />
        {clinical && <ClinicalFields form={form} />}
        <FormProblem message={formMessage} title={problemTitle} />
        {children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={form.submitting}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
