import { useCallback } from 'react';
import type { NotificationPreferencesRequest } from '@corium/contracts';
import { Card, Stack, Title } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { ChannelChoice } from './ChannelChoice';
import { notificationsApi } from './notifications-api';
import { SentMessagesTable } from './SentMessagesTable';

/** The patient record's "Messages" tab: how they hear about visits, and what they were sent. */
export function PatientMessagesPanel({ patientId }: { patientId: string }) {
  const { clinic } = useCurrentUser();
  const loadPreferences = useCallback(() => notificationsApi.preferences(patientId), [patientId]);
  const loadSent = useCallback(() => notificationsApi.sent(patientId), [patientId]);
  const preferences = useResource(loadPreferences);
  const sent = useResource(loadSent);
  const save = useCallback(
    (choice: NotificationPreferencesRequest) => notificationsApi.savePreferences(patientId, choice),
    [patientId],
  );

  return (
    <Stack gap="lg">
      <Card component="section" aria-labelledby="channels-heading">
        <Title order={2} size="h3" id="channels-heading" mb="md">
          Appointment messages by
        </Title>
        {preferences.resource.status === 'loading' && <SectionLoader label="Loading message choices…" />}
        {preferences.resource.status === 'failed' && (
          <LoadProblem
            title="Message choices could not be loaded"
            error={preferences.resource.error}
            onRetry={preferences.reload}
          />
        )}
        {preferences.resource.status === 'ready' && (
          <ChannelChoice preferences={preferences.resource.data} save={save} who="patient" />
        )}
      </Card>
      <Card component="section" aria-labelledby="sent-heading">
        <Title order={2} size="h3" id="sent-heading" mb="md">
          Messages sent
        </Title>
        {sent.resource.status === 'loading' && <SectionLoader label="Loading sent messages…" />}
        {sent.resource.status === 'failed' && (
          <LoadProblem
            title="Sent messages could not be loaded"
            error={sent.resource.error}
            onRetry={sent.reload}
          />
        )}
        {sent.resource.status === 'ready' && (
          <SentMessagesTable notifications={sent.resource.data} timeZone={clinic.timeZone} />
        )}
      </Card>
    </Stack>
  );
}
