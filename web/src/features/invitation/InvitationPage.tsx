import { useCallback } from 'react';
import type { InvitationDetails } from '@corium/contracts';
import { Card, Container, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router-dom';
import { api, isApiError } from '../../lib/api';
import { roleLabels } from '../auth/roles';
import { DetailList } from '../../ui/DetailList';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { InvitationForm } from './InvitationForm';

export function InvitationPage() {
  const token = useParams().token ?? '';
  const load = useCallback(() => api.invitation(token), [token]);
  const { resource, reload } = useResource(load);
  usePageTitle(resource.status === 'ready' ? `Join ${resource.data.clinicName}` : 'Invitation');

  return (
    <Container size={520} py={{ base: 'xl', sm: 64 }}>
      {resource.status === 'loading' && <SectionLoader label="Opening your invitation…" />}
      {resource.status === 'failed' &&
        (isApiError(resource.error, 'NOT_FOUND') ? (
          <UnusableInvitation />
        ) : (
          <LoadProblem title="The invitation could not be opened" error={resource.error} onRetry={reload} />
        ))}
      {resource.status === 'ready' && <Invitation token={token} details={resource.data} />}
    </Container>
  );
}

function Invitation({ token, details }: { token: string; details: InvitationDetails }) {
  return (
    <Card p={{ base: 'lg', sm: 'xl' }} shadow="sm">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            Join {details.clinicName}
          </Title>
          <Text c="dimmed">You have been invited to Corium. Choose a password to set up your account.</Text>
        </Stack>
        <DetailList
          details={[
            { term: 'Name', value: details.displayName },
            { term: 'E-mail', value: details.email },
            { term: 'Role', value: roleLabels[details.role] },
          ]}
        />
        <InvitationForm token={token} email={details.email} />
      </Stack>
    </Card>
  );
}

function UnusableInvitation() {
  return (
    <Card p={{ base: 'lg', sm: 'xl' }} shadow="sm">
      <Stack gap="sm">
        <Title order={1} size="h2">
          This invitation link does not work
        </Title>
        <Text>
          It may have expired, it may have been used already, or part of the link may be missing. Ask the
          clinic’s administrator to send you a new invitation.
        </Text>
        <Text c="dimmed">If you have already set your password, sign in instead.</Text>
      </Stack>
    </Card>
  );
}
