import { Box, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useSetup } from '../../app/setup-status';
import { usePageTitle } from '../../ui/page-title';
import { FactCard } from './FactCard';
import { LearnLinks } from './LearnLinks';
import { microneedlingFacts } from './microneedling-facts';

export function HomePage() {
  const { clinic } = useSetup();
  const clinicName = clinic?.name ?? 'our clinic';
  usePageTitle(`Microneedling at ${clinicName}`);

  return (
    <>
      <Box
        component="section"
        aria-labelledby="home-heading"
        pt={{ base: 40, sm: 72 }}
        pb={{ base: 'md', sm: 'xl' }}
        style={{ background: 'linear-gradient(180deg, var(--mantine-color-corium-0), transparent)' }}
      >
        <Container size="lg">
          <Stack gap="md" maw={720}>
            <Text fw={600} c="corium.8" tt="uppercase" size="sm" style={{ letterSpacing: '0.06em' }}>
              Collagen induction therapy
            </Text>
            <Title order={1} id="home-heading" fz={{ base: 32, sm: 44 }} lh={1.15}>
              Microneedling at {clinicName}
            </Title>
            <Text size="xl" c="dimmed">
              Microneedling helps the skin renew itself. It relies on the skin’s own repair process: fine
              needles prompt it to build fresh collagen, and nothing is injected.
            </Text>
          </Stack>
        </Container>
      </Box>
      <Container
        size="lg"
        pt="xl"
        pb={{ base: 'xl', sm: 56 }}
        component="section"
        aria-labelledby="facts-heading"
      >
        <Title order={2} id="facts-heading" mb="lg">
          What to expect
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {microneedlingFacts.map((fact) => (
            <FactCard key={fact.title} fact={fact} headingOrder={3} />
          ))}
        </SimpleGrid>
        <LearnLinks />
      </Container>
    </>
  );
}
