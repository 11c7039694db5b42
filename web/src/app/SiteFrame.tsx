import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { BrandMark } from '../ui/BrandMark';
import { mainContentId } from '../ui/SkipLink';
import { useRouteFocus } from '../ui/use-route-focus';
import { PageOutlet } from './PageOutlet';
import { useSetup } from './setup-status';

const isSigningIn = (pathname: string) => pathname === '/signin' || pathname.startsWith('/signin/');

/** The frame for pages anyone may see: the public site, sign-in and "not found". */
export function SiteFrame() {
  const { clinic } = useSetup();
  const { pathname } = useLocation();
  const mainRef = useRouteFocus<HTMLElement>();
  const clinicName = clinic?.name ?? 'Corium';

  return (
    <Box mih="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" c="inherit" underline="never" miw={0}>
              <Group gap="sm" wrap="nowrap">
                <BrandMark />
                <Text fw={650} size="lg" truncate>
                  {clinicName}
                </Text>
              </Group>
            </Anchor>
            <Group gap="md" wrap="nowrap">
              {/* The learning pages are rendered by the server, so this is a full page load. */}
              <Box component="nav" aria-label="Public pages">
                <Anchor href="/learn" fw={600}>
                  Learn
                </Anchor>
              </Box>
              {!isSigningIn(pathname) && (
                <Box component="nav" aria-label="Account">
                  <Button component={Link} to="/signin" variant="light">
                    Sign in
                  </Button>
                </Box>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id={mainContentId} tabIndex={-1} ref={mainRef} style={{ flex: 1 }}>
        <PageOutlet />
      </Box>
      <Box component="footer" py="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Text size="sm" c="dimmed">
            {clinicName} runs on Corium, open-source software for microneedling clinics.
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
