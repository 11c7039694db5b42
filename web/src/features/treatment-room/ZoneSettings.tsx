import { passDirections } from '@corium/contracts';
import { Alert, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { FieldErrors } from '../../lib/form-errors';
import { depthText, directionWords } from './chart-words';
import { DEPTH_MAX_MM, DEPTH_MIN_MM, stepDepth } from './depth-bands';
import { Stepper } from './Stepper';
import { ToggleButton } from './ToggleButton';
import { aboveCap, type ZoneDraft } from './zone-draft';

export interface ZoneFieldProps {
  draft: ZoneDraft;
  cap: number | null;
  errors: FieldErrors;
  onChange: (change: Partial<ZoneDraft>) => void;
  isPrescriber: boolean;
}

export function DepthField({ draft, cap, errors, onChange, isPrescriber }: ZoneFieldProps) {
  const over = aboveCap(draft.depthMm, cap);
  return (
    <Stack gap="xs">
      <Stepper
        label="Needle depth"
        valueText={depthText(draft.depthMm)}
        hint={
          cap === null
            ? 'Not in today’s screening: do a day-of check that includes this zone first.'
            : `This patient’s cap here today: ${depthText(cap)}`
        }
        canDecrease={draft.depthMm > DEPTH_MIN_MM}
        canIncrease={draft.depthMm < DEPTH_MAX_MM}
        onStep={(steps) => onChange({ depthMm: stepDepth(draft.depthMm, steps) })}
      />
      {over && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title="Above this patient’s cap"
        >
          {isPrescriber
            ? `${depthText(draft.depthMm)} is above the cap of ${depthText(cap!)}. Record why, as the prescriber.`
            : `${depthText(draft.depthMm)} is above the cap of ${depthText(cap!)}. Only a prescriber can record a depth above the cap: bring it down, or ask a prescriber.`}
        </Alert>
      )}
      {over && isPrescriber && (
        <Textarea
          label="Above cap: prescriber override reason"
          required
          autosize
          minRows={2}
          data-path="depthOverrideReason"
          value={draft.depthOverrideReason}
          error={errors.depthOverrideReason}
          onChange={(event) => onChange({ depthOverrideReason: event.currentTarget.value })}
        />
      )}
    </Stack>
  );
}

export function PassesField({ draft, onChange }: ZoneFieldProps) {
  return (
    <Stepper
      label="Passes"
      valueText={String(draft.passes)}
      canDecrease={draft.passes > 1}
      canIncrease={draft.passes < 30}
      onStep={(steps) => onChange({ passes: draft.passes + steps })}
    />
  );
}

export function DirectionsField({ draft, errors, onChange }: ZoneFieldProps) {
  const toggle = (direction: ZoneDraft['directions'][number]) =>
    onChange({
      directions: draft.directions.includes(direction)
        ? draft.directions.filter((d) => d !== direction)
        : passDirections.filter((d) => d === direction || draft.directions.includes(d)),
    });
  return (
    <Stack gap={4} role="group" aria-labelledby="directions-label" data-path="directions">
      <Text id="directions-label" fw={600} size="sm">
        Directions
      </Text>
      <Group gap="xs">
        {passDirections.map((direction) => (
          <ToggleButton
            key={direction}
            pressed={draft.directions.includes(direction)}
            onToggle={() => toggle(direction)}
          >
            {directionWords[direction]}
          </ToggleButton>
        ))}
      </Group>
      {errors.directions && (
        <Text size="sm" c="var(--mantine-color-error)">
          {errors.directions}
        </Text>
      )}
    </Stack>
  );
}

export function PenSpeedField({ draft, onChange }: ZoneFieldProps) {
  const speed = draft.penSpeed;
  return (
    <Stepper
      label="Pen speed setting"
      valueText={speed === null ? 'Not set' : String(speed)}
      canDecrease={speed !== null}
      canIncrease={speed === null || speed < 20}
      onStep={(steps) => {
        const next = (speed ?? 0) + steps;
        onChange({ penSpeed: next < 1 ? null : next });
      }}
    />
  );
}

interface GlideFieldProps {
  value: string | null;
  choices: { value: string; label: string }[];
  onChange: (glideProductId: string | null) => void;
}

export function GlideField({ value, choices, onChange }: GlideFieldProps) {
  return (
    <Select
      label="Glide medium"
      description="Sterile products for needled skin only"
      placeholder="None"
      clearable
      data={choices}
      value={value}
      onChange={onChange}
    />
  );
}
