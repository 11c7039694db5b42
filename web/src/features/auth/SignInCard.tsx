import type { ReactNode } from 'react';
import { Card, Container, Stack, Text, Title } from '@mantine/core';

interface SignInCardProps {
  title: string;
  intro: ReactNode;
  children: ReactNode;
  /** Wider for steps that show a QR code or a list of codes beside the form. */
  wide?: boolean;
}

/** The card every sign-in step sits in, so moving between steps does not jump around. */
export function SignInCard({ title, intro, children, wide = false }: SignInCardProps) {
  return (
    <Container size={wide ? 560 : 460} py={{ base: 'xl', sm: 64 }}>
      <Card p={{ base: 'lg', sm: 'xl' }} shadow="sm">
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} size="h2">
              {title}
            </Title>
            <Text c="dimmed">{intro}</Text>
          </Stack>
          {children}
        </Stack>
      </Card>
    </Container>
  );
}
