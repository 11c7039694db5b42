import { Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { ConsentNotice } from '../consent/ConsentNotice';
import { FactCard } from '../public/FactCard';
import { microneedlingFacts } from '../public/microneedling-facts';
import { usePageTitle } from '../../ui/page-title';

export function PortalHomePage() {
  usePageTitle('Your portal');
  const { user, clinic } = useCurrentUser();

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Hello, {user.displayName}</Title>
        <Text size="lg" c="dimmed">
          Welcome to your patient portal at {clinic.name}.
        </Text>
      </Stack>
      <ConsentNotice />
      <Stack gap="md" component="section" aria-labelledby="expect-heading">
        <Title order={2} size="h3" id="expect-heading">
          What to expect from microneedling
        </Title>
        {microneedlingFacts.map((fact) => (
          <FactCard key={fact.title} fact={fact} headingOrder={3} />
        ))}
      </Stack>
    </Stack>
  );
}
