import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { describeError } from '../../lib/api';
import { clinicDay } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { useNow } from '../../ui/use-now';
import type { BookingCatalog } from '../appointments/use-booking-catalog';
import { waitlistApi } from './waitlist-api';
import { useWaitlistDays, WaitlistDaysFields } from './WaitlistDaysFields';

interface AddToWaitlistModalProps {
  patient: { id: string; displayName: string };
  catalog: BookingCatalog;
  onClose: () => void;
  onAdded: () => void;
}

/** What the caller waits for: where, which visit, with whom if they mind, and the days. */
function useAddToWaitlist({ patient, catalog, onAdded }: AddToWaitlistModalProps) {
  const { locations } = catalog.resources;
  const now = useNow();
  const [locationId, setLocationId] = useState(locations[0]?.id ?? '');
  const [serviceId, setServiceId] = useState(catalog.services[0]?.id ?? '');
  const [practitionerId, setPractitionerId] = useState('');
  const zone = locations.find((l) => l.id === locationId)?.timeZone ?? 'UTC';
  const days = useWaitlistDays(clinicDay(now, zone));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const wish = { earliestDate: days.from, latestDate: days.until, timeOfDay: days.timeOfDay };
      const practitioner = practitionerId ? { practitionerId } : {};
      await waitlistApi.add(patient.id, { serviceId, locationId, ...wish, ...practitioner });
      onAdded();
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  const choice = { locationId, setLocationId, serviceId, setServiceId, practitionerId, setPractitionerId };
  return { ...choice, days, busy, problem, add };
}

/** Front desk or clinician puts a caller on the waitlist: the portal's days and times, plus the visit. */
export function AddToWaitlistModal(props: AddToWaitlistModalProps) {
  const form = useAddToWaitlist(props);
  const { locations, practitioners } = props.catalog.resources;
  const doing = practitioners.filter(
    (p) => p.serviceIds.includes(form.serviceId) && p.locationIds.includes(form.locationId),
  );
  return (
    <Modal opened onClose={props.onClose} title={`Add ${props.patient.displayName} to the waitlist`} centered>
      <form onSubmit={(event) => void form.add(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">When a matching time comes free, the patient is e-mailed a link to take it.</Text>
          {locations.length > 1 && (
            <NativeSelect
              label="Location"
              value={form.locationId}
              onChange={(e) => form.setLocationId(e.currentTarget.value)}
              data={locations.map((l) => ({ value: l.id, label: l.name }))}
            />
          )}
          <NativeSelect
            label="Visit"
            value={form.serviceId}
            onChange={(e) => form.setServiceId(e.currentTarget.value)}
            data={props.catalog.services.map((s) => ({ value: s.id, label: s.name }))}
          />
          <NativeSelect
            label="With"
            value={form.practitionerId}
            onChange={(e) => form.setPractitionerId(e.currentTarget.value)}
            data={[
              { value: '', label: 'Anyone' },
              ...doing.map((p) => ({ value: p.id, label: p.displayName })),
            ]}
          />
          <WaitlistDaysFields days={form.days} />
          <FormProblem message={form.problem} title="Not added" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={form.busy}>
              Cancel
            </Button>
            <Button type="submit" loading={form.busy}>
              Add to the waitlist
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
