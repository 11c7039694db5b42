import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../ui/page-title';

interface NotFoundPageProps {
  /** Where "back" leads: the area the person was in, or the public home page. */
  home?: { to: string; label: string };
}

export function NotFoundPage({ home = { to: '/', label: 'Go to the home page' } }: NotFoundPageProps) {
  usePageTitle('Page not found');
  return (
    <Container size="sm" py={{ base: 'xl', sm: 72 }}>
      <Stack gap="md" align="flex-start">
        <Text fw={600} c="corium.8">
          Error 404
        </Text>
        <Title order={1}>Page not found</Title>
        <Text size="lg" c="dimmed">
          There is no page at this address. The link may be out of date, or the address may have a typo.
        </Text>
        <Button component={Link} to={home.to} leftSection={<IconArrowLeft size={18} aria-hidden="true" />}>
          {home.label}
        </Button>
      </Stack>
    </Container>
  );
}
