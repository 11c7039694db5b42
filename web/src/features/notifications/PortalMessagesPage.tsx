import { useCallback } from 'react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { ChannelChoice } from './ChannelChoice';
import { notificationsApi } from './notifications-api';

/** The patient chooses how they hear about their appointments. */
export function PortalMessagesPage() {
  usePageTitle('Messages');
  const { clinic } = useCurrentUser();
  const load = useCallback(() => notificationsApi.ownPreferences(), []);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Messages</Title>
        <Text c="dimmed">
          How {clinic.name} tells you about your appointments: when one is booked, the day before, and if it
          moves or is cancelled.
        </Text>
      </Stack>
      {resource.status === 'loading' && <SectionLoader label="Loading your choices…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your choices could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <Card component="section" aria-labelledby="channels-heading">
          <Title order={2} size="h3" id="channels-heading" mb="md">
            Send appointment messages by
          </Title>
          <ChannelChoice preferences={resource.data} save={notificationsApi.saveOwnPreferences} who="you" />
        </Card>
      )}
    </Stack>
  );
}
