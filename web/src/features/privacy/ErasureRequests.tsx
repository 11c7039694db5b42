import { useCallback, useState } from 'react';
import type { ErasureRequest } from '@corium/contracts';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { ErasureDecision } from './ErasureDecision';
import { ErasureLines } from './ErasureLines';
import { privacyApi } from './privacy-api';

const statusWords: Record<ErasureRequest['status'], { label: string; colour: string }> = {
  requested: { label: 'Waiting for review', colour: 'orange' },
  carried_out: { label: 'Carried out', colour: 'green' },
  declined: { label: 'Declined', colour: 'gray' },
};

/** Open requests first, each with what carrying it out would do; decided ones with what was done. */
export function ErasureRequests() {
  const load = useCallback(() => privacyApi.erasureRequests(), []);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading erasure requests…" />;
  if (resource.status === 'failed')
    return (
      <LoadProblem title="Erasure requests could not be loaded" error={resource.error} onRetry={reload} />
    );
  if (resource.data.requests.length === 0) return <Text>No erasure requests.</Text>;
  return (
    <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
      {resource.data.requests.map((request) => (
        <RequestCard key={request.id} request={request} onDecided={reload} />
      ))}
    </Stack>
  );
}

function RequestCard({ request, onDecided }: { request: ErasureRequest; onDecided: () => void }) {
  const [deciding, setDeciding] = useState<'carry-out' | 'decline' | null>(null);
  return (
    <Card component="li" withBorder padding="md">
      <Stack gap="sm">
        <RequestSummary request={request} />
        {request.lines.length > 0 && (
          <ErasureLines
            lines={request.lines}
            caption={
              request.status === 'requested'
                ? 'What carrying it out will do'
                : `What was done (rules ${request.retentionVersion})`
            }
          />
        )}
        {request.status === 'requested' && (
          <Group gap="sm">
            <Button color="red" onClick={() => setDeciding('carry-out')}>
              Carry out…
            </Button>
            <Button variant="default" onClick={() => setDeciding('decline')}>
              Decline…
            </Button>
          </Group>
        )}
      </Stack>
      {deciding && (
        <ErasureDecision
          request={request}
          decision={deciding}
          onClose={() => setDeciding(null)}
          onDecided={() => {
            setDeciding(null);
            onDecided();
          }}
        />
      )}
    </Card>
  );
}

/** Whose request, how and when it came, and the decision once there is one. */
function RequestSummary({ request }: { request: ErasureRequest }) {
  const { timeZone } = useCurrentUser().clinic;
  const status = statusWords[request.status];
  return (
    <>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Text fw={600}>{request.patientName}</Text>
          <Text size="sm" c="dimmed">
            Asked {request.requestedVia === 'portal' ? 'in the portal' : 'through the clinic'} on{' '}
            {clinicDateTime(request.requestedAt, timeZone)}
          </Text>
          {request.reason && <Text>“{request.reason}”</Text>}
        </Stack>
        <Badge color={status.colour} variant="light" size="lg">
          {status.label}
        </Badge>
      </Group>
      {request.decidedAt && (
        <Text size="sm">
          {status.label} by {request.decidedBy} on {clinicDateTime(request.decidedAt, timeZone)}:{' '}
          {request.decisionNote}
        </Text>
      )}
    </>
  );
}
