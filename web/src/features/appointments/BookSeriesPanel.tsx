import { useCallback, useState } from 'react';
import type { Appointment, TreatmentSeries } from '@corium/contracts';
import { Group, Select, Stack, Text } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { modalityWords } from '../screening/screening-words';
import { bookingApi } from './booking-api';
import type { ChosenPatient } from './PatientPicker';
import { sessionProgress } from './series-booking';
import { SeriesProposalView } from './SeriesProposalView';
import type { BookingCatalog } from './use-booking-catalog';

interface BookSeriesPanelProps {
  catalog: BookingCatalog;
  locationId: string;
  patient: ChosenPatient;
  series: TreatmentSeries;
  onBooked: (appointments: Appointment[]) => void;
}

/** Services of the course's modality someone at the location performs. */
function serviceChoices(catalog: BookingCatalog, locationId: string, series: TreatmentSeries) {
  const here = catalog.resources.practitioners.filter((p) => p.locationIds.includes(locationId));
  return catalog.services
    .filter((s) => s.modality === series.modality && here.some((p) => p.serviceIds.includes(s.id)))
    .map((s) => ({ value: s.id, label: s.name }));
}

function useProposal(patientId: string, seriesId: string, locationId: string, pick: SeriesPick) {
  const { serviceId, practitionerId } = pick;
  const load = useCallback(
    () =>
      serviceId
        ? bookingApi.proposal(patientId, seriesId, {
            serviceId,
            locationId,
            practitionerId: practitionerId ?? undefined,
          })
        : Promise.resolve(null),
    [patientId, seriesId, serviceId, locationId, practitionerId],
  );
  return useResource(load);
}

interface SeriesPick {
  serviceId: string | null;
  practitionerId: string | null;
}

function SeriesFields(props: {
  catalog: BookingCatalog;
  locationId: string;
  series: TreatmentSeries;
  pick: SeriesPick;
  onPick: (pick: SeriesPick) => void;
}) {
  const { catalog, locationId, series, pick, onPick } = props;
  const services = serviceChoices(catalog, locationId, series);
  const practitioners = catalog.resources.practitioners
    .filter(
      (p) =>
        p.locationIds.includes(locationId) &&
        pick.serviceId !== null &&
        p.serviceIds.includes(pick.serviceId),
    )
    .map((p) => ({ value: p.id, label: p.displayName }));
  if (services.length === 0)
    return <Text c="dimmed">No one at this location performs this course’s treatment.</Text>;
  return (
    <Group grow align="flex-start">
      <Select
        label="Service"
        data={services}
        value={pick.serviceId}
        allowDeselect={false}
        onChange={(v) => onPick({ serviceId: v, practitionerId: null })}
      />
      <Select
        label="Practitioner"
        placeholder="Anyone free"
        clearable
        data={practitioners}
        value={pick.practitionerId}
        onChange={(v) => onPick({ ...pick, practitionerId: v })}
      />
    </Group>
  );
}

/** The course's open sessions, proposed within their windows, booked as one action. */
export function BookSeriesPanel({ catalog, locationId, patient, series, onBooked }: BookSeriesPanelProps) {
  const [pick, setPick] = useState<SeriesPick>(() => ({
    serviceId: serviceChoices(catalog, locationId, series)[0]?.value ?? null,
    practitionerId: null,
  }));
  const [round, setRound] = useState(0);
  const { resource, reload } = useProposal(patient.id, series.id, locationId, pick);
  const { booked, total } = sessionProgress(series);
  return (
    <Stack gap="md">
      <Text>
        {modalityWords[series.modality]}, {total} sessions, {series.minIntervalDays}–{series.maxIntervalDays}{' '}
        days apart; {booked} of {total} booked.
      </Text>
      <SeriesFields catalog={catalog} locationId={locationId} series={series} pick={pick} onPick={setPick} />
      {resource.status === 'loading' && <SectionLoader label="Proposing dates for the sessions…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Dates could not be proposed" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && resource.data && pick.serviceId && (
        <SeriesProposalView
          key={`${pick.serviceId}/${pick.practitionerId ?? ''}/${round}`}
          catalog={catalog}
          request={{
            patientId: patient.id,
            seriesId: series.id,
            locationId,
            serviceId: pick.serviceId,
            practitionerId: pick.practitionerId,
          }}
          proposal={resource.data}
          onBooked={onBooked}
          onPropose={() => {
            // A fresh proposal after a refusal; the view starts again from it.
            setRound((n) => n + 1);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
