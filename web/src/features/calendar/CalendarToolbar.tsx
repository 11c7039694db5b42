import { ActionIcon, Button, Group, SegmentedControl, Select, Title } from '@mantine/core';
import { IconCalendarPlus, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import type { ColumnKind } from './calendar-layout';
import { dayLabel, type CalendarView } from './calendar-time';

export interface CalendarSettings {
  locationId: string;
  view: CalendarView;
  by: ColumnKind;
  /** A day of the view, `YYYY-MM-DD` in the location's calendar. */
  anchor: string;
}

interface CalendarToolbarProps {
  settings: CalendarSettings;
  days: string[];
  locations: { id: string; name: string }[];
  onChange: (change: Partial<CalendarSettings>) => void;
  onStep: (step: number) => void;
  onToday: () => void;
  onBook: () => void;
}

function rangeTitle(days: string[]): string {
  return days.length === 1
    ? dayLabel(days[0]!, 'long')
    : `${dayLabel(days[0]!)} – ${dayLabel(days[days.length - 1]!)}`;
}

function ViewControls({
  settings,
  locations,
  onChange,
}: Pick<CalendarToolbarProps, 'settings' | 'locations' | 'onChange'>) {
  return (
    <Group gap="sm" align="flex-end">
      {locations.length > 1 && (
        <Select
          label="Location"
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={settings.locationId}
          allowDeselect={false}
          onChange={(value) => value && onChange({ locationId: value })}
          w={200}
        />
      )}
      <SegmentedControl
        aria-label="Span"
        data={[
          { value: 'day', label: 'Day' },
          { value: 'week', label: 'Week' },
        ]}
        value={settings.view}
        onChange={(value) => onChange({ view: value as CalendarView })}
      />
      <SegmentedControl
        aria-label="Columns"
        data={[
          { value: 'practitioner', label: 'Practitioners' },
          { value: 'room', label: 'Rooms' },
        ]}
        value={settings.by}
        onChange={(value) => onChange({ by: value as ColumnKind })}
      />
    </Group>
  );
}

/** Where, what span, which columns, and moving through the days; every control a keyboard reaches. */
export function CalendarToolbar(props: CalendarToolbarProps) {
  const { settings, days, onStep, onToday, onBook } = props;
  const unit = settings.view === 'day' ? 'day' : 'week';
  return (
    <Group justify="space-between" gap="sm" align="flex-end">
      <ViewControls settings={settings} locations={props.locations} onChange={props.onChange} />
      <Group gap="xs">
        <Button variant="default" onClick={onToday}>
          Today
        </Button>
        <ActionIcon variant="default" size="lg" aria-label={`Previous ${unit}`} onClick={() => onStep(-1)}>
          <IconChevronLeft size={20} aria-hidden="true" />
        </ActionIcon>
        <ActionIcon variant="default" size="lg" aria-label={`Next ${unit}`} onClick={() => onStep(1)}>
          <IconChevronRight size={20} aria-hidden="true" />
        </ActionIcon>
        <Title order={2} size="h4" aria-live="polite" miw={200}>
          {rangeTitle(days)}
        </Title>
        <Button leftSection={<IconCalendarPlus size={18} aria-hidden="true" />} onClick={onBook}>
          Book…
        </Button>
      </Group>
    </Group>
  );
}
