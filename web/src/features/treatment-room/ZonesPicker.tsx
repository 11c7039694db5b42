import type { ZoneId } from '@corium/contracts';
import { Button, Group, MultiSelect, Stack } from '@mantine/core';
import { zoneGroups, zoneWords } from '../screening/screening-words';

const zoneOptions = zoneGroups.map((group) => ({
  group: group.title,
  items: group.zones.map((zone) => ({ value: zone, label: zoneWords[zone] })),
}));

const wholeFace = zoneGroups[0]!.zones;

interface ZonesPickerProps {
  label: string;
  value: ZoneId[];
  onChange: (zones: ZoneId[]) => void;
  /** Zones already needled in this session: one tap picks them all. */
  treated: ZoneId[];
  error?: string;
  path: string;
}

/** Zones by name, with one-tap picks for the whole face or the zones treated so far. */
export function ZonesPicker({ label, value, onChange, treated, error, path }: ZonesPickerProps) {
  return (
    <Stack gap={6}>
      <MultiSelect
        label={label}
        required
        withAsterisk={false}
        searchable
        data={zoneOptions}
        value={value}
        error={error}
        data-path={path}
        onChange={(zones) => onChange(zones as ZoneId[])}
      />
      <Group gap="xs">
        <Button variant="default" onClick={() => onChange([...wholeFace])}>
          Whole face
        </Button>
        {treated.length > 0 && (
          <Button variant="default" onClick={() => onChange([...treated])}>
            Zones treated so far
          </Button>
        )}
      </Group>
    </Stack>
  );
}
