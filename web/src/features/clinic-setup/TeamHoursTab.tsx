import { useState } from 'react';
import { Button, Card, Checkbox, NativeSelect, Stack, Text, Title } from '@mantine/core';
import type { ClinicSetup, SetupLocation, SetupPractitioner } from '@corium/contracts';
import { FormProblem } from '../../ui/FormProblem';
import { setupApi } from './clinic-setup-api';
import { ExceptionsSection } from './ExceptionsSection';
import { TimeOffSection } from './TimeOffSection';
import { useSave } from './use-save';
import { WeekHoursEditor } from './WeekHoursEditor';

interface TeamHoursTabProps {
  setup: ClinicSetup;
  /** Admins also choose what each practitioner performs and where. */
  manageAssignments: boolean;
  onChanged: () => void;
}

/** One practitioner at a time: where they work, their weekly hours there, exceptions, time off. */
export function TeamHoursTab({ setup, manageAssignments, onChanged }: TeamHoursTabProps) {
  const [chosen, setChosen] = useState(setup.practitioners[0]?.id ?? '');
  const practitioner = setup.practitioners.find((p) => p.id === chosen);
  if (!practitioner) return <Text>No practitioners yet: invite them in Team first.</Text>;
  const workplaces = setup.locations.filter((l) => practitioner.locationIds.includes(l.id));
  return (
    <Stack gap="lg">
      <NativeSelect
        label="Practitioner"
        data={setup.practitioners.map((p) => ({ value: p.id, label: p.displayName }))}
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value)}
        maw={360}
      />
      {manageAssignments && (
        <Assignments key={practitioner.id} setup={setup} practitioner={practitioner} onChanged={onChanged} />
      )}
      {workplaces.length === 0 && <Text>{practitioner.displayName} works at no location yet.</Text>}
      {workplaces.map((location) => (
        <WorkplaceHours
          key={`${practitioner.id}-${location.id}`}
          practitioner={practitioner}
          location={location}
          onChanged={onChanged}
        />
      ))}
      <ExceptionsSection
        key={`x-${practitioner.id}`}
        userId={practitioner.id}
        exceptions={practitioner.exceptions}
        locations={workplaces}
        onChanged={onChanged}
      />
      <TimeOffSection
        key={`t-${practitioner.id}`}
        userId={practitioner.id}
        name={practitioner.displayName}
        timeOff={practitioner.timeOff}
        timeZone={workplaces[0]?.timeZone ?? setup.locations[0]?.timeZone ?? 'UTC'}
        onChanged={onChanged}
      />
    </Stack>
  );
}

interface AssignmentsProps {
  setup: ClinicSetup;
  practitioner: SetupPractitioner;
  onChanged: () => void;
}

function Assignments({ setup, practitioner, onChanged }: AssignmentsProps) {
  const [serviceIds, setServiceIds] = useState(practitioner.serviceIds);
  const [locationIds, setLocationIds] = useState(practitioner.locationIds);
  const { busy, problem, save } = useSave();
  const submit = () =>
    save(async () => {
      await setupApi.setLocations(practitioner.id, locationIds);
      await setupApi.setServices(practitioner.id, serviceIds);
      onChanged();
    });
  return (
    <Card withBorder component="section" aria-labelledby="assignments-heading">
      <Title order={3} size="h4" id="assignments-heading" mb="xs">
        What {practitioner.displayName} performs, and where
      </Title>
      <Checkbox.Group label="Services" value={serviceIds} onChange={setServiceIds}>
        <Stack gap={6} mt={6}>
          {setup.services.map((s) => (
            <Checkbox key={s.id} value={s.id} label={s.active ? s.name : `${s.name} (not offered)`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group label="Works at" value={locationIds} onChange={setLocationIds} mt="md">
        <Stack gap={6} mt={6}>
          {setup.locations.map((l) => (
            <Checkbox key={l.id} value={l.id} label={l.name} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Text size="sm" c="dimmed" mt="xs">
        Taking a location away also removes their hours and exceptions there.
      </Text>
      <FormProblem message={problem} />
      <Button mt="sm" loading={busy} onClick={() => void submit()}>
        Save services and locations
      </Button>
    </Card>
  );
}

interface WorkplaceHoursProps {
  practitioner: SetupPractitioner;
  location: SetupLocation;
  onChanged: () => void;
}

function WorkplaceHours({ practitioner, location, onChanged }: WorkplaceHoursProps) {
  return (
    <Card withBorder component="section" aria-labelledby={`hours-${location.id}`}>
      <Title order={3} size="h4" id={`hours-${location.id}`} mb="xs">
        Weekly hours at {location.name} ({location.timeZone})
      </Title>
      <WeekHoursEditor
        label={`Weekly hours of ${practitioner.displayName} at ${location.name}`}
        hours={practitioner.workingHours.filter((h) => h.locationId === location.id)}
        saveLabel="Save weekly hours"
        onSave={(hours) =>
          setupApi.setWorkingHours(practitioner.id, { locationId: location.id, hours }).then(onChanged)
        }
      />
    </Card>
  );
}
