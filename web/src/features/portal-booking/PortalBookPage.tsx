import { useCallback, useState } from 'react';
import type { PortalAppointment, PortalBookingOptions, PortalSlot } from '@corium/contracts';
import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { clinicDay } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useCurrentUser } from '../auth/session';
import { BookingDone } from './BookingDone';
import { ChooseVisit, type VisitChoice } from './ChooseVisit';
import { ConfirmBooking } from './ConfirmBooking';
import { portalBookingApi } from './portal-booking-api';
import { TimesStep } from './TimesStep';

type Step =
  | { kind: 'choose' }
  | { kind: 'times'; choice: VisitChoice }
  | { kind: 'confirm'; choice: VisitChoice; slot: PortalSlot; timeZone: string }
  | { kind: 'done'; visit: PortalAppointment };

/** The patient books a visit: what → a day and time → check → booked. */
export function PortalBookPage() {
  usePageTitle('Book a visit');
  const [params] = useSearchParams();
  const movingId = params.get('move');
  const load = useCallback(async () => {
    const options = await portalBookingApi.options();
    const visits = movingId ? (await portalBookingApi.appointments()).upcoming : [];
    return { ...options, moving: visits.find((v) => v.id === movingId) ?? null };
  }, [movingId]);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading what you can book…" />;
  if (resource.status === 'failed')
    return <LoadProblem title="Booking could not be loaded" error={resource.error} onRetry={reload} />;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Book a visit</Title>
        <Text c="dimmed">
          Visits can be cancelled here up to {resource.data.cancelNoticeHours} hours before.
        </Text>
      </Stack>
      <BookingSteps options={resource.data} moving={resource.data.moving} />
    </Stack>
  );
}

/** Moving a visit starts at its times: same service and location, from today. */
const moveChoice = (visit: PortalAppointment, today: string): VisitChoice => ({
  serviceId: visit.serviceId,
  label: `Move your ${visit.serviceName.toLowerCase()}`,
  from: today,
  to: null,
  movingId: visit.id,
});

interface BookingStepsProps {
  options: PortalBookingOptions;
  moving: PortalAppointment | null;
}

function BookingSteps({ options, moving }: BookingStepsProps) {
  const { clinic } = useCurrentUser();
  const [chosenLocation, setChosenLocation] = useState<string | null>(moving?.locationId ?? null);
  const [step, setStep] = useState<Step>(() =>
    moving
      ? { kind: 'times', choice: moveChoice(moving, clinicDay(new Date(), moving.timeZone)) }
      : { kind: 'choose' },
  );
  const locationId = chosenLocation ?? options.locations[0]?.id ?? '';
  const location = options.locations.find((l) => l.id === locationId);
  const today = clinicDay(new Date(), location?.timeZone ?? clinic.timeZone);
  const changeLocation = (id: string) => {
    setChosenLocation(id);
    if (step.kind === 'confirm') setStep({ kind: 'times', choice: step.choice });
  };
  return (
    <>
      {options.locations.length > 1 && step.kind !== 'done' && !moving && (
        <LocationPicker options={options} value={locationId} onChange={changeLocation} />
      )}
      {step.kind === 'choose' && (
        <ChooseVisit
          options={options}
          today={today}
          onChoose={(choice) => setStep({ kind: 'times', choice })}
        />
      )}
      {step.kind === 'times' && (
        <TimesStep
          choice={step.choice}
          locationId={locationId}
          onPick={(slot, timeZone) => setStep({ kind: 'confirm', choice: step.choice, slot, timeZone })}
          onBack={() => setStep({ kind: 'choose' })}
        />
      )}
      {step.kind === 'confirm' && (
        <ConfirmBooking
          {...{ choice: step.choice, slot: step.slot, timeZone: step.timeZone }}
          {...{ locationId, locationName: location?.name ?? '' }}
          onPickSlot={(slot) => setStep({ ...step, slot })}
          onBooked={(visit) => setStep({ kind: 'done', visit })}
          onBack={() => setStep({ kind: 'times', choice: step.choice })}
        />
      )}
      {step.kind === 'done' && <BookingDone visit={step.visit} />}
    </>
  );
}

interface LocationPickerProps {
  options: PortalBookingOptions;
  value: string;
  onChange: (locationId: string) => void;
}

function LocationPicker({ options, value, onChange }: LocationPickerProps) {
  return (
    <NativeSelect
      label="Where"
      value={value}
      data={options.locations.map((l) => ({ value: l.id, label: l.name }))}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
