import { useCallback, useState } from 'react';
import type { PatientRecord } from '@corium/contracts';
import { Button, Group, Stack, Title } from '@mantine/core';
import { IconCalendarPlus, IconHourglass, IconListNumbers } from '@tabler/icons-react';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useNow } from '../../ui/use-now';
import { useResource } from '../../ui/use-resource';
import { patientName } from '../patient-record/ContactDetails';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { AddToWaitlistModal } from '../waitlist/AddToWaitlistModal';
import { PatientWaitlist } from '../waitlist/PatientWaitlist';
import { waitlistApi } from '../waitlist/waitlist-api';
import { bookingApi } from './booking-api';
import { BookingDialog } from './BookingDialog';
import { PlanSeriesModal } from './PlanSeriesModal';
import { SeriesCard } from './SeriesCard';
import { useBookingCatalog, type BookingCatalog } from './use-booking-catalog';
import { VisitList } from './VisitList';

const loadAll = async (patientId: string) => {
  const [appointments, series, waitlist] = await Promise.all([
    bookingApi.appointments(patientId),
    bookingApi.series(patientId),
    waitlistApi.patientEntries(patientId),
  ]);
  return { appointments, series, waitlist: waitlist.entries };
};

/** The patient's visits, courses and waitlist entries; loading them is a look at the record, and is logged. */
export function AppointmentsPanel({ patient }: { patient: PatientRecord }) {
  const catalog = useBookingCatalog();
  const load = useCallback(() => loadAll(patient.id), [patient.id]);
  const { resource, reload } = useResource(load);
  if (catalog.resource.status === 'loading' || resource.status === 'loading')
    return <SectionLoader label="Loading the patient’s visits…" />;
  if (catalog.resource.status === 'failed')
    return (
      <LoadProblem title="Booking is not available" error={catalog.resource.error} onRetry={catalog.reload} />
    );
  if (resource.status === 'failed')
    return <LoadProblem title="The visits could not be loaded" error={resource.error} onRetry={reload} />;
  return (
    <Appointments patient={patient} catalog={catalog.resource.data} data={resource.data} reload={reload} />
  );
}

interface AppointmentsProps {
  patient: PatientRecord;
  catalog: BookingCatalog;
  data: Awaited<ReturnType<typeof loadAll>>;
  reload: () => void;
}

type Dialog = { kind: 'book'; seriesId?: string } | { kind: 'plan' } | { kind: 'waitlist' } | null;

function AppointmentsHeader({ onOpen, mayBook }: { onOpen: (dialog: Dialog) => void; mayBook: boolean }) {
  const { role } = useCurrentUser().user;
  return (
    <Group justify="space-between">
      <Title order={2} size="h3">
        Appointments
      </Title>
      <Group gap="sm">
        {may(role, 'planTreatmentSeries') && (
          <Button
            variant="default"
            leftSection={<IconListNumbers size={18} aria-hidden="true" />}
            onClick={() => onOpen({ kind: 'plan' })}
          >
            Plan a course…
          </Button>
        )}
        {mayBook && may(role, 'manageWaitlist') && (
          <Button
            variant="default"
            leftSection={<IconHourglass size={18} aria-hidden="true" />}
            onClick={() => onOpen({ kind: 'waitlist' })}
          >
            Add to waitlist…
          </Button>
        )}
        {mayBook && (
          <Button
            leftSection={<IconCalendarPlus size={18} aria-hidden="true" />}
            onClick={() => onOpen({ kind: 'book' })}
          >
            Book…
          </Button>
        )}
      </Group>
    </Group>
  );
}

function Appointments({ patient, catalog, data, reload }: AppointmentsProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const location = catalog.resources.locations[0];
  const now = useNow().getTime();
  const upcoming = data.appointments.filter((a) => a.status === 'booked' && Date.parse(a.end) > now);
  const past = data.appointments.filter((a) => !upcoming.includes(a)).reverse();
  const close = () => setDialog(null);
  const { role } = useCurrentUser().user;
  return (
    <Stack gap="lg">
      <AppointmentsHeader onOpen={setDialog} mayBook={location !== undefined} />
      {data.series.map((series) => (
        <SeriesCard
          key={series.id}
          series={series}
          timeZone={location?.timeZone ?? 'UTC'}
          onBook={() => setDialog({ kind: 'book', seriesId: series.id })}
          onStopped={reload}
        />
      ))}
      <PatientWaitlist entries={data.waitlist} onChanged={may(role, 'manageWaitlist') ? reload : undefined} />
      <VisitList
        title="Upcoming visits"
        visits={upcoming}
        catalog={catalog}
        empty="No visits booked."
        onChanged={reload}
      />
      <VisitList
        title="Past and cancelled visits"
        visits={past}
        catalog={catalog}
        empty="None yet."
        onChanged={reload}
      />
      <PanelDialogs dialog={dialog} patient={patient} catalog={catalog} onClose={close} reload={reload} />
    </Stack>
  );
}

interface PanelDialogsProps {
  dialog: Dialog;
  patient: PatientRecord;
  catalog: BookingCatalog;
  onClose: () => void;
  reload: () => void;
}

function PanelDialogs({ dialog, patient, catalog, onClose, reload }: PanelDialogsProps) {
  const location = catalog.resources.locations[0];
  return (
    <>
      {dialog?.kind === 'book' && location && (
        <BookingDialog
          catalog={catalog}
          locationId={location.id}
          patient={{ id: patient.id, displayName: patientName(patient) }}
          seriesId={dialog.seriesId}
          onClose={onClose}
          onBooked={reload}
        />
      )}
      {dialog?.kind === 'waitlist' && (
        <AddToWaitlistModal
          patient={{ id: patient.id, displayName: patientName(patient) }}
          catalog={catalog}
          onClose={onClose}
          onAdded={() => {
            onClose();
            reload();
          }}
        />
      )}
      {dialog?.kind === 'plan' && (
        <PlanSeriesModal
          patientId={patient.id}
          concerns={patient.concerns}
          onClose={onClose}
          onPlanned={() => {
            onClose();
            reload();
          }}
        />
      )}
    </>
  );
}
