import type { Appointment } from '@corium/contracts';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { dayLabel, spanLabel, wallClockOf } from '../calendar/calendar-time';
import { statusWords } from './booking-words';
import { locationOf, type BookingCatalog } from './use-booking-catalog';
import { VisitActions } from './VisitActions';

interface VisitListProps {
  title: string;
  visits: Appointment[];
  catalog: BookingCatalog;
  empty: string;
  onChanged: (changed: Appointment) => void;
}

function VisitItem({
  visit,
  catalog,
  onChanged,
}: {
  visit: Appointment;
  catalog: BookingCatalog;
  onChanged: VisitListProps['onChanged'];
}) {
  const location = locationOf(catalog, visit.locationId);
  const timeZone = location?.timeZone ?? 'UTC';
  const day = wallClockOf(new Date(visit.start), timeZone).date;
  const practitioners = visit.resources.filter((r) => r.kind === 'practitioner').map((r) => r.name);
  const status = statusWords[visit.status];
  return (
    <Card withBorder component="li" padding="sm">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Text fw={600}>
            {dayLabel(day, 'long')}, {spanLabel(visit.start, visit.end, timeZone)}
          </Text>
          <Text size="sm">
            {visit.service.name}
            {visit.series && `, session ${visit.series.sessionNumber}`}
            {practitioners.length > 0 && ` with ${practitioners.join(', ')}`}
            {location && catalog.resources.locations.length > 1 && ` at ${location.name}`}
          </Text>
          {visit.cancellation && (
            <Text size="sm" c="dimmed">
              Cancelled: {visit.cancellation.reason}
            </Text>
          )}
        </Stack>
        <Badge color={status.color} variant="light">
          {status.label}
        </Badge>
      </Group>
      <Group mt="xs">
        <VisitActions appointment={visit} catalog={catalog} onChanged={onChanged} />
      </Group>
    </Card>
  );
}

/** Visits, one card each, with what can still be done to them. */
export function VisitList({ title, visits, catalog, empty, onChanged }: VisitListProps) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {visits.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {visits.map((visit) => (
            <VisitItem key={visit.id} visit={visit} catalog={catalog} onChanged={onChanged} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
