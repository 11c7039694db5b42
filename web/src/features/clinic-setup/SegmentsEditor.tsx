import { ActionIcon, Checkbox, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import type { ServiceRole, ServiceSegment } from '@corium/contracts';
import { moved } from './service-draft';

interface SegmentsEditorProps {
  roles: readonly ServiceRole[];
  segments: ServiceSegment[];
  errors: Record<string, string>;
  onChange: (segments: ServiceSegment[]) => void;
}

/** The visit's stretches in order, each with its minutes and the roles it uses. */
export function SegmentsEditor({ roles, segments, errors, onChange }: SegmentsEditorProps) {
  const set = (i: number, patch: Partial<ServiceSegment>) =>
    onChange(segments.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Stack gap="sm">
      {segments.map((segment, i) => (
        <Group key={i} align="flex-start" gap="sm" wrap="wrap">
          <SegmentFields
            index={i}
            segment={segment}
            roles={roles}
            errors={errors}
            onSet={(patch) => set(i, patch)}
          />
          <SegmentMoves
            name={segment.name}
            index={i}
            count={segments.length}
            onMove={(by) => onChange(moved(segments, i, by))}
            onRemove={() => onChange(segments.filter((_, j) => j !== i))}
          />
        </Group>
      ))}
    </Stack>
  );
}

interface SegmentFieldsProps {
  index: number;
  segment: ServiceSegment;
  roles: readonly ServiceRole[];
  errors: Record<string, string>;
  onSet: (patch: Partial<ServiceSegment>) => void;
}

function SegmentFields({ index, segment, roles, errors, onSet }: SegmentFieldsProps) {
  const error = (field: string) => errors[`definition.segments.${index}.${field}`];
  return (
    <>
      <TextInput
        label={`Step ${index + 1}`}
        value={segment.name}
        onChange={(e) => onSet({ name: e.currentTarget.value })}
        error={error('name')}
        w={180}
      />
      <NumberInput
        label="Minutes"
        min={5}
        max={480}
        step={5}
        value={segment.minutes}
        onChange={(v) => onSet({ minutes: Number(v) || 0 })}
        error={error('minutes')}
        w={110}
      />
      <Checkbox.Group
        label={`Step ${index + 1} uses`}
        value={segment.uses}
        onChange={(uses) => onSet({ uses })}
        error={error('uses')}
      >
        <Group gap="sm" mt={8}>
          {roles.map((r) => (
            <Checkbox key={r.key} value={r.key} label={r.key} />
          ))}
        </Group>
      </Checkbox.Group>
    </>
  );
}

interface SegmentMovesProps {
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function SegmentMoves({ name, index, count, onMove, onRemove }: SegmentMovesProps) {
  return (
    <Group gap={4} mt={26}>
      <ActionIcon
        variant="subtle"
        aria-label={`Move ${name} earlier`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <IconArrowUp size={18} aria-hidden="true" />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        aria-label={`Move ${name} later`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <IconArrowDown size={18} aria-hidden="true" />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={`Remove ${name}`}
        disabled={count === 1}
        onClick={onRemove}
      >
        <IconTrash size={18} aria-hidden="true" />
      </ActionIcon>
    </Group>
  );
}
