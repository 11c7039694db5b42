import {
  mmasiAreaLabels,
  mmasiDarknessLabels,
  mmasiRegions,
  mmasiTotal,
  outcomeScales,
  type MmasiInputs,
  type OutcomeScaleId,
} from '@corium/contracts';
import { Group, NativeSelect, Radio, SimpleGrid, Stack, Table, Text } from '@mantine/core';

/** The grades of a scale as radio cards with their words: a clinician reads the anchor, not a number. */
export function GradeCards(props: {
  scale: OutcomeScaleId;
  value: number | null;
  onChange: (score: number) => void;
  error?: string | undefined;
}) {
  const { labels = {}, name } = outcomeScales[props.scale];
  return (
    <Radio.Group
      id="outcome-score"
      data-path="score"
      label={name}
      labelProps={{ fw: 650, mb: 'xs' }}
      value={props.value === null ? '' : String(props.value)}
      onChange={(next) => props.onChange(Number(next))}
      error={props.error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {Object.entries(labels).map(([grade, label]) => (
          <Radio.Card key={grade} value={grade} radius="md" p="md" mih={56}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Stack gap={0}>
                <Text fw={650}>{grade}</Text>
                <Text size="sm">{label}</Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

const options = (labels: Readonly<Record<number, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: `${value} — ${label}` }));

/** mMASI: area and darkness per region, and the total as it will be stored (Σ weight × A × D). */
export function MmasiCalculator({
  value,
  onChange,
}: {
  value: MmasiInputs;
  onChange: (next: MmasiInputs) => void;
}) {
  const set = (region: keyof MmasiInputs, field: 'area' | 'darkness', n: number) =>
    onChange({ ...value, [region]: { ...value[region], [field]: n } });
  return (
    <Stack gap="xs" id="outcome-mmasi">
      <Text fw={650}>mMASI — area and darkness of each region</Text>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Region (weight)</Table.Th>
            <Table.Th scope="col">Area (0–6)</Table.Th>
            <Table.Th scope="col">Darkness (0–4)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mmasiRegions.map((region) => (
            <RegionRow
              key={region.id}
              region={region}
              value={value[region.id]}
              onSet={(field, n) => set(region.id, field, n)}
            />
          ))}
        </Table.Tbody>
      </Table>
      <Text size="lg" fw={700} role="status" aria-live="polite">
        mMASI total: {mmasiTotal(value).toFixed(1)} of 24
      </Text>
    </Stack>
  );
}

function RegionRow(props: {
  region: (typeof mmasiRegions)[number];
  value: { area: number; darkness: number };
  onSet: (field: 'area' | 'darkness', n: number) => void;
}) {
  const { region, value, onSet } = props;
  return (
    <Table.Tr>
      <Table.Th scope="row">
        {region.label} ({region.weight})
      </Table.Th>
      <Table.Td>
        <NativeSelect
          aria-label={`${region.label}: area`}
          data={options(mmasiAreaLabels)}
          value={String(value.area)}
          onChange={(e) => onSet('area', Number(e.currentTarget.value))}
          size="md"
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={`${region.label}: darkness`}
          data={options(mmasiDarknessLabels)}
          value={String(value.darkness)}
          onChange={(e) => onSet('darkness', Number(e.currentTarget.value))}
          size="md"
        />
      </Table.Td>
    </Table.Tr>
  );
}
