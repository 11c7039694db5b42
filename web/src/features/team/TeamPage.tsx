import { useCallback } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { api } from '../../lib/api';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { ApiTokensSection } from './ApiTokensSection';
import { InviteStaffModal } from './InviteStaffModal';
import { StaffTable } from './StaffTable';

export function TeamPage() {
  usePageTitle('Team');
  const { user } = useCurrentUser();
  const [inviting, invite] = useDisclosure(false);
  const load = useCallback(() => api.staff(), []);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="lg" maw={1080}>
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={1}>Team</Title>
          <Text c="dimmed">
            Everyone who works in this clinic’s Corium, and what their role lets them do.
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={18} aria-hidden="true" />} onClick={invite.open}>
          Invite staff member
        </Button>
      </Group>
      <Card component="section" aria-labelledby="staff-heading">
        <Title order={2} size="h4" id="staff-heading" mb="md">
          Staff
        </Title>
        {resource.status === 'loading' && <SectionLoader label="Loading the team…" />}
        {resource.status === 'failed' && (
          <LoadProblem title="The team could not be loaded" error={resource.error} onRetry={reload} />
        )}
        {resource.status === 'ready' && (
          <StaffTable staff={resource.data} currentUserId={user.id} onChanged={reload} />
        )}
      </Card>
      <ApiTokensSection />
      {inviting && <InviteStaffModal onClose={invite.close} onInvited={reload} />}
    </Stack>
  );
}
