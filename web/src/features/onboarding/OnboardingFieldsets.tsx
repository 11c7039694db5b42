import { Fieldset, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { PasswordStrength } from '../../ui/PasswordStrength';
import { revealToggle } from '../../ui/reveal-toggle';
import type { OnboardingValues } from './onboarding-form';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';

interface FieldsetProps {
  form: UseFormReturnType<OnboardingValues>;
}

export function ClinicFieldset({ form }: FieldsetProps) {
  return (
    <Fieldset legend="Your clinic" variant="unstyled">
      <Stack gap="md">
        <TextInput
          label="Clinic name"
          required
          autoComplete="organization"
          {...form.getInputProps('clinicName')}
        />
        <TimeZoneSelect
          label="Time zone"
          description="Dates and times in Corium are shown in the clinic’s local time."
          required
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
      </Stack>
    </Fieldset>
  );
}

export function AdminFieldset({ form }: FieldsetProps) {
  return (
    <Fieldset legend="Your administrator account" variant="unstyled">
      <Stack gap="md">
        <TextInput
          label="Your name"
          required
          autoComplete="name"
          {...form.getInputProps('admin.displayName')}
        />
        <TextInput
          label="E-mail"
          type="email"
          required
          autoComplete="email"
          {...form.getInputProps('admin.email')}
        />
        <PasswordInput
          label="Password"
          description="At least 8 characters. A passphrase of a few words is strong and easy to remember."
          required
          autoComplete="new-password"
          visibilityToggleButtonProps={revealToggle}
          {...form.getInputProps('admin.password')}
        />
        <PasswordStrength password={form.values.admin.password} />
        <PasswordInput
          label="Confirm password"
          required
          autoComplete="new-password"
          visibilityToggleButtonProps={revealToggle}
          {...form.getInputProps('confirmPassword')}
        />
      </Stack>
    </Fieldset>
  );
}
