import { Stack, Text, Title } from '@mantine/core';
import { Outlet } from 'react-router-dom';
import { may, permissions, roleLabels, type Permission } from '../features/auth/roles';
import { useCurrentUser } from '../features/auth/session';
import { usePageTitle } from '../ui/page-title';

interface RequirePermissionProps {
  permission: Permission;
}

/**
 * Keeps a staff page to the roles it is for. The server refuses the data anyway; this only
 * spares everyone else a page of errors when they follow an old link.
 */
export function RequirePermission({ permission }: RequirePermissionProps) {
  const { user } = useCurrentUser();
  return may(user.role, permission) ? <Outlet /> : <NotForYourRole permission={permission} />;
}

function NotForYourRole({ permission }: RequirePermissionProps) {
  usePageTitle('Not available to your role');
  const names = permissions[permission].map((role) => roleLabels[role]).join(', ');
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>Not available to your role</Title>
      <Text size="lg">This page is for: {names}.</Text>
      <Text c="dimmed">
        If you need it for your work, ask the clinic’s administrator to change your role.
      </Text>
    </Stack>
  );
}
