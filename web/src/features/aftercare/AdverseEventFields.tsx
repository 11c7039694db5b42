import {
  adverseEventOutcomes,
  adverseEventTerms,
  causalityCategories,
  seriousnessCriteria,
} from '@corium/contracts';
import {
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { causalityWords, outcomeWords, seriousnessWords, severityWords, termWords } from './aftercare-words';
import type { AdverseEventValues } from './adverse-event-form';

const termOptions = adverseEventTerms.map((term) => ({ value: term, label: termWords[term] }));
const outcomeOptions = adverseEventOutcomes.map((outcome) => ({
  value: outcome,
  label: outcomeWords[outcome],
}));
const causalityOptions = causalityCategories.map((c) => ({ value: c, label: causalityWords[c] }));

type Form = UseFormReturnType<AdverseEventValues>;

/** The adverse-event record's fields, in the order a Yellow Card or MedWatch form asks for them. */
export function AdverseEventFields({ form }: { form: Form }) {
  return (
    <Stack gap="md">
      <EventFields form={form} />
      <AssessmentFields form={form} />
    </Stack>
  );
}

/** What happened and when. */
function EventFields({ form }: { form: Form }) {
  return (
    <>
      <Select
        label="Event"
        placeholder="Search the list"
        searchable
        required
        data={termOptions}
        {...form.getInputProps('term')}
        onChange={(value) => form.setFieldValue('term', value ?? '')}
      />
      {form.values.term === 'other' && (
        <TextInput label="Name of the event" required {...form.getInputProps('termOther')} />
      )}
      <Textarea
        label="What happened"
        required
        autosize
        minRows={3}
        maxLength={5000}
        {...form.getInputProps('description')}
      />
      <NumberInput
        label="Onset: day after the session"
        description="0 is the treatment day"
        required
        min={0}
        max={3650}
        allowDecimal={false}
        maw={240}
        {...form.getInputProps('onsetDay')}
      />
    </>
  );
}

/** The clinician's assessment: how bad, how serious, what was done, how it ended, and why. */
function AssessmentFields({ form }: { form: Form }) {
  const selectProps = (field: 'outcome' | 'causality') => ({
    ...form.getInputProps(field),
    onChange: (value: string | null) => form.setFieldValue(field, value ?? ''),
  });
  return (
    <>
      <Radio.Group label="Severity grade" required {...form.getInputProps('severityGrade')}>
        <Group gap="sm" mt="xs">
          {[1, 2, 3, 4, 5].map((grade) => (
            <Radio key={grade} value={String(grade)} label={severityWords[grade]} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox.Group
        label="Seriousness"
        description="Tick every criterion that applies; none ticked means not serious."
        {...form.getInputProps('seriousness')}
      >
        <Stack gap="xs" mt="xs">
          {seriousnessCriteria.map((criterion) => (
            <Checkbox key={criterion} value={criterion} label={seriousnessWords[criterion]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label="Treatment given (optional)"
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('treatmentGiven')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Outcome so far" required data={outcomeOptions} {...selectProps('outcome')} />
        <Select label="Causality (WHO-UMC)" required data={causalityOptions} {...selectProps('causality')} />
      </SimpleGrid>
    </>
  );
}
