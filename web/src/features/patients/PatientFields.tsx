import { useMemo } from 'react';
import { Fieldset, Group, Radio, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { languageOptions } from '../patient-record/languages';
import { sexOptions } from '../patient-record/patient-words';
import type { PatientValues } from './patient-form';

interface FieldsetProps {
  form: UseFormReturnType<PatientValues>;
}

// Staff type other people's details here; the browser's memory of their own would only get in the way.
const noAutofill = 'off';

export function IdentityFields({ form, today }: FieldsetProps & { today: string }) {
  return (
    <Fieldset legend="Patient" variant="unstyled">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="First name"
            required
            autoComplete={noAutofill}
            {...form.getInputProps('givenName')}
          />
          <TextInput
            label="Last name"
            required
            autoComplete={noAutofill}
            {...form.getInputProps('familyName')}
          />
        </SimpleGrid>
        <TextInput
          label="Date of birth"
          type="date"
          required
          max={today}
          maw={{ sm: 240 }}
          {...form.getInputProps('dateOfBirth')}
        />
        <Radio.Group label="Sex" required {...form.getInputProps('sex')}>
          <Group gap="lg" mt="xs">
            {sexOptions.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} size="md" />
            ))}
          </Group>
        </Radio.Group>
      </Stack>
    </Fieldset>
  );
}

export function ContactFields({ form }: FieldsetProps) {
  const initialLanguage = form.getInitialValues().preferredLanguage;
  const languages = useMemo(() => languageOptions(initialLanguage), [initialLanguage]);

  return (
    <Fieldset legend="Contact" variant="unstyled">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="E-mail"
            description="Optional"
            type="email"
            autoComplete={noAutofill}
            {...form.getInputProps('email')}
          />
          <TextInput
            label="Phone"
            description="Optional"
            type="tel"
            autoComplete={noAutofill}
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <Select
          label="Preferred language"
          description="The language to speak and write to the patient in"
          required
          data={languages}
          allowDeselect={false}
          searchable
          nothingFoundMessage="No language matches"
          maxDropdownHeight={280}
          maw={{ sm: 360 }}
          comboboxProps={{ keepMounted: false }}
          {...form.getInputProps('preferredLanguage')}
        />
        <Textarea
          label="Address"
          description="Optional"
          autosize
          minRows={2}
          autoComplete={noAutofill}
          {...form.getInputProps('address')}
        />
      </Stack>
    </Fieldset>
  );
}

export function EmergencyContactFields({ form }: FieldsetProps) {
  const contact = form.values.emergencyContact;
  // Name and phone are needed only once any part of a contact has been entered.
  const started = [contact.name, contact.phone, contact.relationship].some((text) => text.trim() !== '');

  return (
    <Fieldset legend="Emergency contact" variant="unstyled">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Contact name"
            description={started ? undefined : 'Optional'}
            required={started}
            autoComplete={noAutofill}
            {...form.getInputProps('emergencyContact.name')}
          />
          <TextInput
            label="Contact phone"
            description={started ? undefined : 'Optional'}
            type="tel"
            required={started}
            autoComplete={noAutofill}
            {...form.getInputProps('emergencyContact.phone')}
          />
        </SimpleGrid>
        <TextInput
          label="Relationship"
          description="Optional, e.g. partner, parent or friend"
          autoComplete={noAutofill}
          maw={{ sm: 360 }}
          {...form.getInputProps('emergencyContact.relationship')}
        />
      </Stack>
    </Fieldset>
  );
}
