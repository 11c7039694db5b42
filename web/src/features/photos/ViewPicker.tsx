import { photoViews, photoViewLabels, type PhotoView, type ZoneId } from '@corium/contracts';
import { Group, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { zoneGroups, zoneWords } from '../screening/screening-words';

export interface ViewChoice {
  view: PhotoView;
  /** Required for a close-up, null otherwise. */
  zone: ZoneId | null;
}

interface ViewPickerProps {
  choice: ViewChoice;
  onChange: (choice: ViewChoice) => void;
}

const zoneOptions = zoneGroups.map((group) => ({
  group: group.title,
  items: group.zones.map((zone) => ({ value: zone, label: zoneWords[zone] })),
}));

const isZone = (value: string | null): value is ZoneId => value !== null && value in zoneWords;

/** The standard views as large radio buttons, and the zone of a close-up. */
export function ViewPicker({ choice, onChange }: ViewPickerProps) {
  return (
    <Stack gap="sm">
      <Radio.Group
        label="View"
        value={choice.view}
        onChange={(value) => {
          const view = value as PhotoView;
          onChange({ view, zone: view === 'close_up' ? (choice.zone ?? 'cheeks') : null });
        }}
      >
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt="xs">
          {photoViews.map((view) => (
            <Radio.Card key={view} value={view} p="sm" mih={44} radius="md">
              <Group wrap="nowrap" gap="xs">
                <Radio.Indicator />
                <Text>{photoViewLabels[view]}</Text>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      {choice.view === 'close_up' && (
        <Select
          label="Zone of the close-up"
          data={zoneOptions}
          value={choice.zone}
          allowDeselect={false}
          onChange={(value) => {
            if (isZone(value)) onChange({ view: 'close_up', zone: value });
          }}
          size="md"
          maw={320}
        />
      )}
    </Stack>
  );
}
