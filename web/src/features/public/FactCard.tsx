import { Card, Group, Text, ThemeIcon, Title } from '@mantine/core';
import type { Fact } from './microneedling-facts';

interface FactCardProps {
  fact: Fact;
  headingOrder: 2 | 3;
}

export function FactCard({ fact, headingOrder }: FactCardProps) {
  const FactIcon = fact.icon;
  return (
    <Card h="100%">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <ThemeIcon variant="light" size={40} radius="md" aria-hidden="true">
          <FactIcon size={22} stroke={1.75} />
        </ThemeIcon>
        <Title order={headingOrder} size="h4">
          {fact.title}
        </Title>
      </Group>
      <Text>{fact.text}</Text>
    </Card>
  );
}
