import { useCallback, useState } from 'react';
import type { BreakGlassAccess } from '@corium/contracts';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { describeError } from '../../lib/api';
import { clinicDateTime } from '../../lib/clinic-time';
import { roleName } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { privacyApi } from './privacy-api';

/** Who opened which record with break-glass access, when and why; the admin marks each reviewed. */
export function BreakGlassReviews() {
  const load = useCallback(() => privacyApi.breakGlassAccesses(), []);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading break-glass accesses…" />;
  if (resource.status === 'failed')
    return (
      <LoadProblem title="Break-glass accesses could not be loaded" error={resource.error} onRetry={reload} />
    );
  if (resource.data.accesses.length === 0)
    return <Text>No record has been opened with break-glass access.</Text>;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {resource.data.accesses.map((access) => (
        <AccessCard key={access.id} access={access} onReviewed={reload} />
      ))}
    </Stack>
  );
}

function AccessCard({ access, onReviewed }: { access: BreakGlassAccess; onReviewed: () => void }) {
  const { timeZone } = useCurrentUser().clinic;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const review = () => {
    setBusy(true);
    setProblem(null);
    privacyApi
      .review(access.id, '')
      .then(onReviewed, (error: unknown) => setProblem(describeError(error)))
      .finally(() => setBusy(false));
  };
  return (
    <Card component="li" withBorder padding="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Text fw={600}>
            {access.userName} ({roleName(access.role)}) opened {access.patientName}’s record
          </Text>
          <Text size="sm" c="dimmed">
            {clinicDateTime(access.openedAt, timeZone)} until {clinicDateTime(access.expiresAt, timeZone)}
            {access.restricted ? ' · restricted record' : ''}
          </Text>
          <Text>“{access.reason}”</Text>
          {access.reviewedAt && (
            <Text size="sm" c="dimmed">
              Reviewed by {access.reviewedBy} on {clinicDateTime(access.reviewedAt, timeZone)}
              {access.reviewNote ? `: ${access.reviewNote}` : ''}
            </Text>
          )}
        </Stack>
        {access.reviewedAt ? (
          <Badge color="green" variant="light" size="lg">
            Reviewed
          </Badge>
        ) : (
          <Button variant="default" onClick={review} loading={busy}>
            Mark reviewed
          </Button>
        )}
      </Group>
      <FormProblem message={problem} title="The review could not be saved" />
    </Card>
  );
}
