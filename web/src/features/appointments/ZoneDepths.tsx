import type { ZoneId } from '@corium/contracts';
import { MultiSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { zoneGroups, zoneWords } from '../screening/screening-words';

const zoneOptions = zoneGroups.map((g) => ({
  group: g.title,
  items: g.zones.map((z) => ({ value: z, label: zoneWords[z] })),
}));

interface ZoneDepthsProps {
  depths: Partial<Record<ZoneId, number | ''>>;
  onChange: (depths: Partial<Record<ZoneId, number | ''>>) => void;
}

/** The zones to treat, and the planned needle depth for each, in mm (0.25 mm steps, at most 3.5 mm). */
export function ZoneDepths({ depths, onChange }: ZoneDepthsProps) {
  const zones = Object.keys(depths) as ZoneId[];
  return (
    <Stack gap="sm">
      <MultiSelect
        label="Zones"
        required
        searchable
        data={zoneOptions}
        value={zones}
        onChange={(chosen) => onChange(Object.fromEntries(chosen.map((z) => [z, depths[z as ZoneId] ?? ''])))}
      />
      <DepthFields depths={depths} onChange={onChange} />
    </Stack>
  );
}

function DepthFields({ depths, onChange }: ZoneDepthsProps) {
  const zones = Object.keys(depths) as ZoneId[];
  if (zones.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {zones.map((zone) => (
        <NumberInput
          key={zone}
          label={`${zoneWords[zone]}: planned depth (mm)`}
          required
          min={0.25}
          max={3.5}
          step={0.25}
          decimalScale={2}
          value={depths[zone]}
          onChange={(value) => onChange({ ...depths, [zone]: typeof value === 'number' ? value : '' })}
        />
      ))}
    </SimpleGrid>
  );
}
