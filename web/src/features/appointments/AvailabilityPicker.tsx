import { useCallback, useState } from 'react';
import type { AvailableSlot } from '@corium/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { addDays, dayLabel } from '../calendar/calendar-time';
import { bookingApi, type AvailabilitySearch } from './booking-api';
import { SlotPicker } from './SlotPicker';

/** Two weeks at a time: enough to choose from, few enough to read. */
const PAGE_DAYS = 14;

interface AvailabilityPickerProps {
  serviceId: string;
  locationId: string;
  practitionerId?: string;
  /** The first day shown; with `lastDay`, a fixed window (a series session's), else pages of two weeks. */
  firstDay: string;
  lastDay?: string;
  chosen: string | null;
  onChoose: (slot: AvailableSlot, timeZone: string) => void;
  label: string;
}

/** Free times of a service at a location, from the server's availability, by day. */
export function AvailabilityPicker(props: AvailabilityPickerProps) {
  const { serviceId, locationId, practitionerId, firstDay, lastDay, chosen, onChoose, label } = props;
  const [from, setFrom] = useState(firstDay);
  const to = lastDay ?? addDays(from, PAGE_DAYS - 1);
  const load = useCallback(() => {
    const search: AvailabilitySearch = { serviceId, locationId, from, to, practitionerId, limit: 120 };
    return bookingApi.availability(search);
  }, [serviceId, locationId, from, to, practitionerId]);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="sm">
      {!lastDay && (
        <Group justify="space-between">
          <Button
            variant="subtle"
            leftSection={<IconChevronLeft size={16} aria-hidden="true" />}
            disabled={from <= firstDay}
            onClick={() => setFrom(addDays(from, -PAGE_DAYS))}
          >
            Earlier days
          </Button>
          <Text size="sm" c="dimmed">
            {dayLabel(from)} – {dayLabel(to)}
          </Text>
          <Button
            variant="subtle"
            rightSection={<IconChevronRight size={16} aria-hidden="true" />}
            onClick={() => setFrom(addDays(from, PAGE_DAYS))}
          >
            Later days
          </Button>
        </Group>
      )}
      {resource.status === 'loading' && <SectionLoader label="Finding free times…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Free times could not be found" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <SlotPicker
          slots={resource.data.slots}
          timeZone={resource.data.timeZone}
          chosen={chosen}
          onChoose={(slot) => onChoose(slot, resource.data.timeZone)}
          label={label}
        />
      )}
    </Stack>
  );
}
