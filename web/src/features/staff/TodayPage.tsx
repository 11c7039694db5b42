import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { roleLabels } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { DetailList } from '../../ui/DetailList';
import { usePageTitle } from '../../ui/page-title';
import { ClinicClock } from './ClinicClock';

export function TodayPage() {
  usePageTitle('Today');
  const { user, clinic } = useCurrentUser();

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1}>Today</Title>
        <Text c="dimmed">Hello, {user.displayName}.</Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card component="section" aria-labelledby="clinic-heading">
          <Title order={2} size="h4" id="clinic-heading" mb="md">
            {clinic.name}
          </Title>
          <ClinicClock timeZone={clinic.timeZone} />
        </Card>
        <Card component="section" aria-labelledby="signed-in-heading">
          <Title order={2} size="h4" id="signed-in-heading" mb="md">
            Signed in
          </Title>
          <DetailList
            details={[
              { term: 'Name', value: user.displayName },
              { term: 'Role', value: roleLabels[user.role] },
              { term: 'E-mail', value: user.email },
            ]}
          />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
