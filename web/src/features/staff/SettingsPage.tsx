import { Card, Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { DetailList } from '../../ui/DetailList';
import { usePageTitle } from '../../ui/page-title';

export function SettingsPage() {
  usePageTitle('Settings');
  const { clinic } = useCurrentUser();

  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>Settings</Title>
      <Card component="section" aria-labelledby="clinic-settings-heading">
        <Title order={2} size="h4" id="clinic-settings-heading">
          Clinic
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Set when the clinic was created.
        </Text>
        <DetailList
          details={[
            { term: 'Clinic name', value: clinic.name },
            { term: 'Time zone', value: clinic.timeZone },
          ]}
        />
      </Card>
    </Stack>
  );
}
