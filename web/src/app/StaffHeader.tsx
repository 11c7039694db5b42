import { ActionIcon, Badge, Box, Group, Stack, Text } from '@mantine/core';
import { IconMenu2, IconX } from '@tabler/icons-react';
import { roleLabels } from '../features/auth/roles';
import { useCurrentUser } from '../features/auth/session';
import { SignOutButton } from '../features/auth/SignOutButton';
import { BrandMark } from '../ui/BrandMark';

interface StaffHeaderProps {
  navOpen: boolean;
  onToggleNav: () => void;
  navigationId: string;
}

export function StaffHeader({ navOpen, onToggleNav, navigationId }: StaffHeaderProps) {
  const { user, clinic } = useCurrentUser();
  const MenuIcon = navOpen ? IconX : IconMenu2;

  return (
    <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <ActionIcon
          hiddenFrom="sm"
          size={44}
          variant="subtle"
          color="gray"
          onClick={onToggleNav}
          aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpen}
          aria-controls={navigationId}
        >
          <MenuIcon size={24} aria-hidden="true" />
        </ActionIcon>
        <Box visibleFrom="xs" display="flex">
          <BrandMark />
        </Box>
        <Text fw={650} fz={{ base: 'md', sm: 'lg' }} truncate>
          {clinic.name}
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Stack gap={2} align="flex-end" visibleFrom="sm">
          <Text size="sm" fw={600} lh={1.2}>
            {user.displayName}
          </Text>
          <Badge variant="light" size="sm" radius="sm">
            {roleLabels[user.role]}
          </Badge>
        </Stack>
        <SignOutButton />
      </Group>
    </Group>
  );
}
