import { useState, type ReactNode } from 'react';
import type { Appointment } from '@corium/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import type { Resource } from '../../ui/use-resource';
import { BookingDialog } from '../appointments/BookingDialog';
import { useBookingCatalog, type BookingCatalog } from '../appointments/use-booking-catalog';
import {
  type ColumnKind,
  calendarColumns,
  columnResources,
  gridHours,
  placeAppointments,
} from './calendar-layout';
import { isoWeekday } from './calendar-time';
import { CalendarGrid, PX_PER_MINUTE } from './CalendarGrid';
import { CalendarLegend } from './CalendarLegend';
import { CalendarToolbar } from './CalendarToolbar';
import { ConfirmMoveDialog, type PendingMove } from './ConfirmMoveDialog';
import { useCalendarDrag } from './use-calendar-drag';
import { useCalendarSettings } from './use-calendar-settings';
import { useCalendarVisits } from './use-calendar-visits';
import { VisitDrawer } from './VisitDrawer';

export function CalendarPage() {
  usePageTitle('Calendar');
  const { resource, reload } = useBookingCatalog();
  return (
    <Stack gap="md">
      <Title order={1}>Calendar</Title>
      {resource.status === 'loading' && <SectionLoader label="Opening the calendar…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The calendar could not be opened" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' &&
        (resource.data.resources.locations.length === 0 ? (
          <Text>This clinic has no location set up for booking yet.</Text>
        ) : (
          <CalendarBoard catalog={resource.data} />
        ))}
    </Stack>
  );
}

/** The grid once the visits are in; while loading or failed, says so instead. */
function VisitsLoading({
  resource,
  reload,
  children,
}: {
  resource: Resource<unknown>;
  reload: () => void;
  children: ReactNode;
}) {
  if (resource.status === 'loading') return <SectionLoader label="Loading the visits…" />;
  if (resource.status === 'failed')
    return <LoadProblem title="The visits could not be loaded" error={resource.error} onRetry={reload} />;
  return children;
}

interface BoardDialogsProps {
  catalog: BookingCatalog;
  locationId: string;
  timeZone: string;
  opened: Appointment | null;
  pending: PendingMove | null;
  booking: boolean;
  onCloseOpened: () => void;
  onSettle: () => void;
  onCloseBooking: () => void;
  keep: (...appointments: Appointment[]) => void;
}

function BoardDialogs(props: BoardDialogsProps) {
  const { catalog, timeZone, opened, pending, keep } = props;
  return (
    <>
      {opened && (
        <VisitDrawer
          appointment={opened}
          catalog={catalog}
          timeZone={timeZone}
          onClose={props.onCloseOpened}
          onChanged={(changed) => keep(changed)}
        />
      )}
      {pending && (
        <ConfirmMoveDialog
          move={pending}
          timeZone={timeZone}
          onClose={props.onSettle}
          onMoved={(moved) => {
            keep(moved);
            props.onSettle();
          }}
        />
      )}
      {props.booking && (
        <BookingDialog
          catalog={catalog}
          locationId={props.locationId}
          onClose={props.onCloseBooking}
          onBooked={(booked) => keep(...booked)}
        />
      )}
    </>
  );
}

/** Columns, the visits placed in them, and the hours the grid spans. */
function layoutOf(
  catalog: BookingCatalog,
  by: ColumnKind,
  location: BookingCatalog['resources']['locations'][number],
  days: string[],
  visits: Appointment[],
) {
  const columns = calendarColumns(days, columnResources(catalog.resources, by, location.id));
  const blocks = placeAppointments(visits, catalog.services, columns, location.timeZone);
  return { columns, blocks, hours: gridHours(location.openingHours, days.map(isoWeekday), blocks) };
}

function CalendarBoard({ catalog }: { catalog: BookingCatalog }) {
  const place = useCalendarSettings(catalog);
  const { settings, location, days } = place;
  const { resource, reload, visits, keep } = useCalendarVisits(location.id, days, location.timeZone);
  const { columns, blocks, hours } = layoutOf(catalog, settings.by, location, days, visits);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [booking, setBooking] = useState(false);
  const drag = useCalendarDrag(columns, PX_PER_MINUTE, (block, target) => setPending({ block, target }));
  return (
    <Stack gap="md">
      <CalendarToolbar
        settings={settings}
        days={days}
        locations={catalog.resources.locations}
        onChange={place.change}
        onStep={place.step}
        onToday={place.goToday}
        onBook={() => setBooking(true)}
      />
      <CalendarLegend />
      <VisitsLoading resource={resource} reload={reload}>
        <CalendarGrid
          days={days}
          columns={columns}
          blocks={blocks}
          hours={hours}
          today={place.today}
          drag={drag}
          onOpen={(appointment) => setOpenedId(appointment.id)}
        />
      </VisitsLoading>
      <BoardDialogs
        catalog={catalog}
        locationId={location.id}
        timeZone={location.timeZone}
        opened={visits.find((a) => a.id === openedId) ?? null}
        pending={pending}
        booking={booking}
        onCloseOpened={() => setOpenedId(null)}
        onCloseBooking={() => setBooking(false)}
        keep={keep}
        onSettle={() => {
          setPending(null);
          drag.settle();
        }}
      />
    </Stack>
  );
}
