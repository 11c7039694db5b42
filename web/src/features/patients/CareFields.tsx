import { concernCodes } from '@corium/contracts';
import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { concernWords, fitzpatrickOptions } from '../patient-record/patient-words';
import type { PatientValues } from './patient-form';

interface FieldsetProps {
  form: UseFormReturnType<PatientValues>;
}

export function ConcernFields({ form }: FieldsetProps) {
  return (
    <Fieldset legend="Concerns" variant="unstyled">
      <Checkbox.Group
        description="What the patient would like treated. Tick any that apply."
        {...form.getInputProps('concerns')}
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm" mt="xs">
          {concernCodes.map((code) => (
            <Checkbox key={code} value={code} label={concernWords[code]} size="md" />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </Fieldset>
  );
}

/** Only rendered for clinical roles: the server refuses these fields from anyone else. */
export function ClinicalFields({ form }: FieldsetProps) {
  return (
    <Fieldset legend="Clinical" variant="unstyled">
      <Stack gap="md">
        <Select
          label="Fitzpatrick skin type"
          description="Optional. How the skin reacts to sun; types IV–VI need more care with depth and aftercare."
          placeholder="Not assessed yet"
          data={fitzpatrickOptions}
          clearable
          // Mantine hides the clear button from keyboards and screen readers; a skin type may need removing.
          clearButtonProps={{ 'aria-label': 'Remove the skin type', 'aria-hidden': false, tabIndex: 0 }}
          maw={{ sm: 420 }}
          comboboxProps={{ keepMounted: false }}
          {...form.getInputProps('fitzpatrickType')}
        />
        <Textarea
          label="Clinical notes"
          description="Optional. Seen only by clinical staff."
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('notes')}
        />
      </Stack>
    </Fieldset>
  );
}
