import { useCallback, useState } from 'react';
import type { Appointment } from '@corium/contracts';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { bookingApi } from './booking-api';
import { BookSeriesPanel } from './BookSeriesPanel';
import { BookVisitForm } from './BookVisitForm';
import { PatientPicker, type ChosenPatient } from './PatientPicker';
import { noteWarnings } from './booking-warnings';
import { hasOpenSessions } from './series-booking';
import type { BookingCatalog } from './use-booking-catalog';

interface BookingDialogProps {
  catalog: BookingCatalog;
  locationId: string;
  /** Known when booking from the patient's page; chosen in the dialog from the calendar. */
  patient?: ChosenPatient;
  /** Opens on "the series" for this series. */
  seriesId?: string;
  onClose: () => void;
  onBooked: (appointments: Appointment[]) => void;
}

/** Booking for a patient: one visit, or every open session of their course at once. */
export function BookingDialog(props: BookingDialogProps) {
  const { catalog, patient: given, seriesId, onClose, onBooked } = props;
  const [patient, setPatient] = useState<ChosenPatient | null>(given ?? null);
  const [locationId, setLocationId] = useState(props.locationId);
  const locations = catalog.resources.locations;
  return (
    <Modal opened onClose={onClose} title={patient ? `Book for ${patient.displayName}` : 'Book'} size="xl">
      {patient ? (
        <Stack gap="md">
          {!given && (
            <Group justify="space-between">
              <Text>
                Patient: <strong>{patient.displayName}</strong>
              </Text>
              <Button variant="subtle" onClick={() => setPatient(null)}>
                Another patient
              </Button>
            </Group>
          )}
          {locations.length > 1 && (
            <Select
              label="Location"
              allowDeselect={false}
              data={locations.map((l) => ({ value: l.id, label: l.name }))}
              value={locationId}
              onChange={(value) => value && setLocationId(value)}
            />
          )}
          <BookingChoice
            key={locationId}
            catalog={catalog}
            locationId={locationId}
            patient={patient}
            seriesId={seriesId}
            onBooked={(appointments) => {
              noteWarnings(appointments);
              onBooked(appointments);
              onClose();
            }}
          />
        </Stack>
      ) : (
        <PatientPicker onChoose={setPatient} />
      )}
    </Modal>
  );
}

interface BookingChoiceProps {
  catalog: BookingCatalog;
  locationId: string;
  patient: ChosenPatient;
  seriesId?: string;
  onBooked: (appointments: Appointment[]) => void;
}

function BookingChoice({ catalog, locationId, patient, seriesId, onBooked }: BookingChoiceProps) {
  const load = useCallback(() => bookingApi.series(patient.id), [patient.id]);
  const { resource, reload } = useResource(load);
  // A patient with a course open is most often booked for it; one visit is a click away.
  const [kind, setKind] = useState<'visit' | 'series'>('series');
  if (resource.status === 'loading') return <SectionLoader label="Looking up the patient’s courses…" />;
  if (resource.status === 'failed')
    return (
      <LoadProblem
        title="The patient’s courses could not be loaded"
        error={resource.error}
        onRetry={reload}
      />
    );
  const open = resource.data.filter(hasOpenSessions);
  const series = open.find((s) => s.id === seriesId) ?? open[0];
  return (
    <Stack gap="md">
      {series && (
        <SegmentedControl
          aria-label="What to book"
          data={[
            { value: 'series', label: 'Book the series' },
            { value: 'visit', label: 'One visit' },
          ]}
          value={kind}
          onChange={(value) => setKind(value as 'visit' | 'series')}
        />
      )}
      {series && kind === 'series' ? (
        <BookSeriesPanel
          catalog={catalog}
          locationId={locationId}
          patient={patient}
          series={series}
          onBooked={onBooked}
        />
      ) : (
        <BookVisitForm
          catalog={catalog}
          locationId={locationId}
          patient={patient}
          onBooked={(a) => onBooked([a])}
        />
      )}
    </Stack>
  );
}
