import { useCallback } from 'react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import type { ClinicSetup } from '@corium/contracts';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { BookingRulesTab } from './BookingRulesTab';
import { BrandingTab } from './BrandingTab';
import { setupApi } from './clinic-setup-api';
import { DevicesTab } from './DevicesTab';
import { LocationsTab } from './LocationsTab';
import { RoomsTab } from './RoomsTab';
import { ServicesTab } from './ServicesTab';
import { TeamHoursTab } from './TeamHoursTab';

/**
 * Clinic set-up: what can be booked, who works when, and the booking rules. Admins see every
 * tab; the front desk keeps the team's hours and time off.
 */
export function ClinicSetupPage() {
  usePageTitle('Clinic set-up');
  const { role } = useCurrentUser().user;
  const load = useCallback(() => setupApi.load(), []);
  const { resource, reload } = useResource(load);
  return (
    <Stack gap="lg" maw={1180}>
      <div>
        <Title order={1}>Clinic set-up</Title>
        <Text c="dimmed">What can be booked, where, with what — and who works when.</Text>
      </div>
      {resource.status === 'loading' && <SectionLoader label="Loading the clinic set-up…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The clinic set-up could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <SetupTabs setup={resource.data} admin={may(role, 'manageClinicSetup')} onChanged={reload} />
      )}
    </Stack>
  );
}

function SetupTabs({
  setup,
  admin,
  onChanged,
}: {
  setup: ClinicSetup;
  admin: boolean;
  onChanged: () => void;
}) {
  const team = <TeamHoursTab setup={setup} manageAssignments={admin} onChanged={onChanged} />;
  if (!admin) return team;
  return (
    <Tabs defaultValue="locations" keepMounted={false}>
      <Tabs.List aria-label="Parts of the clinic set-up">
        <Tabs.Tab value="locations">Locations & hours</Tabs.Tab>
        <Tabs.Tab value="rooms">Rooms</Tabs.Tab>
        <Tabs.Tab value="devices">Devices</Tabs.Tab>
        <Tabs.Tab value="team">Team hours & time off</Tabs.Tab>
        <Tabs.Tab value="services">Services</Tabs.Tab>
        <Tabs.Tab value="booking-rules">Booking rules</Tabs.Tab>
        <Tabs.Tab value="branding">Public pages</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="locations" pt="md">
        <LocationsTab locations={setup.locations} onChanged={onChanged} />
      </Tabs.Panel>
      <Tabs.Panel value="rooms" pt="md">
        <RoomsTab locations={setup.locations} rooms={setup.rooms} onChanged={onChanged} />
      </Tabs.Panel>
      <Tabs.Panel value="devices" pt="md">
        <DevicesTab locations={setup.locations} devices={setup.devices} onChanged={onChanged} />
      </Tabs.Panel>
      <Tabs.Panel value="team" pt="md">
        {team}
      </Tabs.Panel>
      <Tabs.Panel value="services" pt="md">
        <ServicesTab services={setup.services} onChanged={onChanged} />
      </Tabs.Panel>
      <Tabs.Panel value="booking-rules" pt="md">
        <BookingRulesTab />
      </Tabs.Panel>
      <Tabs.Panel value="branding" pt="md">
        <BrandingTab />
      </Tabs.Panel>
    </Tabs>
  );
}
