import type { Photo } from '@corium/contracts';
import { SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { comparisonModeLabels, comparisonModes, type ComparisonMode } from './ComparisonStage';
import { clinicDateTime } from '../../lib/clinic-time';
import type { Comparison } from './use-comparison';

const sourceWords: Record<Photo['source'], string> = { clinic: 'at the clinic', patient: 'at home' };

function photoOptions(photos: readonly Photo[], other: Photo, timeZone: string) {
  return photos.map((photo, index) => ({
    value: photo.id,
    // With the time: two photos of a view may be taken on the same day.
    label: `${clinicDateTime(photo.takenAt, timeZone)}, ${sourceWords[photo.source]}${index === 0 ? ' (baseline)' : ''}`,
    disabled: photo.id === other.id,
  }));
}

/** Which view, which two photos, and how to show them. */
export function ComparisonPickers({ comparison }: { comparison: Comparison }) {
  const { timeZone } = useCurrentUser().clinic;
  const { groups, group, pair } = comparison;
  if (!group || !pair) return null;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label="View"
          size="md"
          data={groups.map((g) => ({ value: g.key, label: g.label }))}
          value={group.key}
          allowDeselect={false}
          onChange={(key) => key && comparison.chooseGroup(key)}
        />
        <Select
          label="Before"
          size="md"
          data={photoOptions(group.photos, pair.after, timeZone)}
          value={pair.before.id}
          allowDeselect={false}
          onChange={(id) => id && comparison.choose('before', id)}
        />
        <Select
          label="After"
          size="md"
          data={photoOptions(group.photos, pair.before, timeZone)}
          value={pair.after.id}
          allowDeselect={false}
          onChange={(id) => id && comparison.choose('after', id)}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="comparison-mode-label">
          Show them
        </Text>
        <SegmentedControl
          aria-labelledby="comparison-mode-label"
          size="md"
          data={comparisonModes.map((mode) => ({ value: mode, label: comparisonModeLabels[mode] }))}
          value={comparison.mode}
          onChange={(mode) => comparison.setMode(mode as ComparisonMode)}
        />
      </Stack>
    </Stack>
  );
}
