import { Stack, Tabs, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../ui/page-title';
import { BreakGlassReviews } from './BreakGlassReviews';
import { ClinicCopies } from './ClinicCopies';
import { ErasureRequests } from './ErasureRequests';

/** The admins' page for patients' rights: erasure requests, copies of records, break-glass reviews. */
export function PrivacyRequestsPage() {
  usePageTitle('Privacy requests');
  return (
    <Stack gap="lg" maw={1080}>
      <Stack gap={4}>
        <Title order={1}>Privacy requests</Title>
        <Text c="dimmed">
          Patients’ requests to erase their data, copies of records, and records opened with break-glass
          access. Requests must be answered within a month.
        </Text>
      </Stack>
      <Tabs defaultValue="erasure" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="erasure">Erasure requests</Tabs.Tab>
          <Tabs.Tab value="copies">Copies of records</Tabs.Tab>
          <Tabs.Tab value="break-glass">Break-glass reviews</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="erasure" pt="md">
          <ErasureRequests />
        </Tabs.Panel>
        <Tabs.Panel value="copies" pt="md">
          <ClinicCopies />
        </Tabs.Panel>
        <Tabs.Panel value="break-glass" pt="md">
          <BreakGlassReviews />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
