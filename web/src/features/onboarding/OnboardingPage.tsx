import { useState } from 'react';
import { Box, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Navigate } from 'react-router-dom';
import { useSetup } from '../../app/setup-status';
import { BrandMark } from '../../ui/BrandMark';
import { usePageTitle } from '../../ui/page-title';
import { mainContentId } from '../../ui/SkipLink';
import { OnboardingForm } from './OnboardingForm';

const steps = [
  'Name your clinic and choose the time zone it works in.',
  'Create your own account. You become the clinic’s first administrator.',
  'Sign in with that account to open the staff workspace.',
];

export function OnboardingPage() {
  usePageTitle('Set up your clinic');
  const { needsOnboarding } = useSetup();
  // Set once this page creates the clinic, so it does not redirect before it has navigated.
  const [created, setCreated] = useState(false);

  if (!needsOnboarding && !created) return <Navigate to="/signin" replace />;

  return (
    <Box component="main" id={mainContentId} tabIndex={-1} mih="100dvh" py={{ base: 'lg', sm: 48 }}>
      <Container size="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing={{ base: 'xl', md: 48 }}>
          <Stack gap="lg" pt={{ md: 'xl' }}>
            <Group gap="sm">
              <BrandMark size={40} />
              <Text fw={650} size="xl">
                Corium
              </Text>
            </Group>
            <Title order={1}>Set up your clinic</Title>
            <Text size="lg" c="dimmed">
              Corium is open-source software for running a microneedling clinic. This server has no clinic
              yet; setting it up takes a minute.
            </Text>
            <Box component="ol" m={0} pl="lg">
              {steps.map((step) => (
                <Text component="li" key={step} mb="xs">
                  {step}
                </Text>
              ))}
            </Box>
          </Stack>
          <OnboardingForm onCreated={() => setCreated(true)} />
        </SimpleGrid>
      </Container>
    </Box>
  );
}
