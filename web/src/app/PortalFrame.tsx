import { Box, Container, Group, Text } from '@mantine/core';
import { useCurrentUser } from '../features/auth/session';
import { SignOutButton } from '../features/auth/SignOutButton';
import { BrandMark } from '../ui/BrandMark';
import { mainContentId } from '../ui/SkipLink';
import { useRouteFocus } from '../ui/use-route-focus';
import { PageOutlet } from './PageOutlet';
import { PortalNav } from './PortalNav';

/** The patient's frame: phone first, one column, nothing but their clinic and their own pages. */
export function PortalFrame() {
  const { clinic } = useCurrentUser();
  const mainRef = useRouteFocus<HTMLElement>();

  return (
    <Box mih="100dvh">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <BrandMark />
              <Text fw={650} size="lg" truncate>
                {clinic.name}
              </Text>
            </Group>
            <SignOutButton />
          </Group>
        </Container>
      </Box>
      <PortalNav />
      <Box component="main" id={mainContentId} tabIndex={-1} ref={mainRef}>
        <Container size="sm" py="xl">
          <PageOutlet />
        </Container>
      </Box>
    </Box>
  );
}
