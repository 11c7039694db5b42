import { modalities, type ZoneId } from '@corium/contracts';
import { Checkbox, Fieldset, NumberInput, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { choiceStyles } from '../intake/choice-styles';
import { modalityWords, zoneGroups, zoneWords } from './screening-words';
import type { TreatmentValues } from './treatment-form';

/** Any form that holds a planned treatment: the review and booking form, and the day-of check. */
type TreatmentForm = UseFormReturnType<TreatmentValues>;

interface ChoiceProps {
  value: string;
  label: string;
  checked: boolean;
}

/** A whole-row radio, at least 44px tall, for gloved hands on a tablet. */
export function RadioRow({ value, label, checked }: ChoiceProps) {
  return <Radio value={value} label={label} size="md" styles={choiceStyles(checked)} />;
}

function ZoneFields({ form }: { form: TreatmentForm }) {
  const chosen = form.getValues().plannedTreatment.zones;
  return (
    <Checkbox.Group
      label="Zones"
      description="Every area to be needled; rules and depth limits depend on them."
      {...form.getInputProps('plannedTreatment.zones')}
    >
      <Stack gap="sm" mt="xs">
        {zoneGroups.map((group) => (
          <Stack key={group.title} gap={6}>
            <Text fw={600} size="sm">
              {group.title}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs" verticalSpacing="xs">
              {group.zones.map((zone: ZoneId) => (
                <Checkbox
                  key={zone}
                  value={zone}
                  label={zoneWords[zone]}
                  size="md"
                  styles={choiceStyles(chosen.includes(zone))}
                />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function ModalityField({ form }: { form: TreatmentForm }) {
  const chosen = form.getValues().plannedTreatment.modality;
  return (
    <Radio.Group label="Modality" {...form.getInputProps('plannedTreatment.modality')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs" maw={560}>
        {modalities.map((modality) => (
          <RadioRow
            key={modality}
            value={modality}
            label={modalityWords[modality]}
            checked={chosen === modality}
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

function FirstSessionField({ form }: { form: TreatmentForm }) {
  const chosen = form.getValues().firstSession;
  return (
    <Radio.Group
      label="Is this the patient’s first session of the course?"
      description="A first session lowers every zone’s depth limit by 0.25 mm."
      {...form.getInputProps('firstSession')}
    >
      <SimpleGrid cols={{ base: 2 }} spacing="xs" mt="xs" maw={360}>
        <RadioRow value="yes" label="Yes" checked={chosen === 'yes'} />
        <RadioRow value="no" label="No" checked={chosen === 'no'} />
      </SimpleGrid>
    </Radio.Group>
  );
}

interface TreatmentFieldsProps {
  form: TreatmentForm;
  /** The clinic's calendar day, `YYYY-MM-DD`: the earliest treatment date. */
  today: string;
  /** False for the day-of check, whose treatment is always today's. */
  withDate: boolean;
}

/** The treatment to screen against: date, modality, zones, deepest depth and first session. */
export function TreatmentFields({ form, today, withDate }: TreatmentFieldsProps) {
  return (
    <Fieldset legend="Planned treatment" variant="unstyled">
      <Stack gap="lg">
        {withDate && (
          <TextInput
            type="date"
            label="Treatment date"
            description="Windows such as “14 days after a peel” are counted to this day."
            min={today}
            maw={{ sm: 360 }}
            {...form.getInputProps('plannedTreatment.date')}
          />
        )}
        <ModalityField form={form} />
        <ZoneFields form={form} />
        <NumberInput
          label="Deepest planned needle depth (mm)"
          description="In steps of 0.25 mm. Compared with each zone’s limit below."
          min={0.25}
          max={3.5}
          step={0.25}
          decimalScale={2}
          allowNegative={false}
          maw={{ sm: 360 }}
          {...form.getInputProps('plannedTreatment.maxDepthMm')}
        />
        <FirstSessionField form={form} />
      </Stack>
    </Fieldset>
  );
}
