import { useCallback } from 'react';
import type { AccessEvent } from '@corium/contracts';
import { Card, Stack, Text, Title } from '@mantine/core';
import { api } from '../../lib/api';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { accessSentence, actorName, actorRole } from '../patient-record/access-words';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';

export function MyAccessLogPage() {
  usePageTitle('Who has seen my record');
  const load = useCallback(() => api.portalAccessLog(), []);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Who has seen my record</Title>
        <Text c="dimmed">
          Every time someone at the clinic opens or changes your record, Corium writes it down. Newest first.
        </Text>
      </Stack>
      {resource.status === 'loading' && <SectionLoader label="Loading who has seen your record…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The list could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' &&
        (resource.data.events.length === 0 ? (
          <Text>No one has opened your record yet.</Text>
        ) : (
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {resource.data.events.map((event) => (
              <AccessCard key={event.id} event={event} />
            ))}
          </Stack>
        ))}
    </Stack>
  );
}

/** One look at the record, as a card: a phone has no room for a six-column table. */
function AccessCard({ event }: { event: AccessEvent }) {
  const { timeZone } = useCurrentUser().clinic;
  const role = actorRole(event);
  return (
    <Card component="li" padding="md">
      <Text size="sm" c="dimmed">
        <time dateTime={event.occurredAt}>{clinicDateTime(event.occurredAt, timeZone)}</time>
      </Text>
      <Text fw={600}>
        {actorName(event)}
        {role && (
          <Text span fw={400} c="dimmed">
            {' '}
            · {role}
          </Text>
        )}
      </Text>
      <Text>{accessSentence(event)}</Text>
    </Card>
  );
}
