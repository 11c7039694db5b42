import { Alert, Button, Card, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { deviceTimeZone } from '../../lib/clinic-time';
import { focusFirstError } from '../../ui/focus-first-error';
import {
  initialOnboardingValues,
  onboardingFields,
  validateOnboarding,
  type OnboardingValues,
} from './onboarding-form';
import { AdminFieldset, ClinicFieldset } from './OnboardingFieldsets';
import { useCreateClinic } from './use-create-clinic';

interface OnboardingFormProps {
  onCreated: () => void;
}

export function OnboardingForm({ onCreated }: OnboardingFormProps) {
  const form = useForm<OnboardingValues>({
    initialValues: initialOnboardingValues(deviceTimeZone()),
    validate: validateOnboarding,
    validateInputOnBlur: true,
  });
  const { createClinic, formMessage } = useCreateClinic(form, onCreated);
  const onSubmit = form.onSubmit(createClinic, (errors) => focusFirstError(errors, onboardingFields));

  return (
    <Card component="section" aria-label="New clinic" p={{ base: 'lg', sm: 'xl' }} shadow="sm">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="xl">
          <ClinicFieldset form={form} />
          <AdminFieldset form={form} />
          {formMessage && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden="true" />}
              title="The clinic was not created"
            >
              {formMessage}
            </Alert>
          )}
          <Button type="submit" size="md" loading={form.submitting}>
            Create clinic
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
