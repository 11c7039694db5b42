import type { ReactNode } from 'react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { isApiError } from '../../lib/api';

/** A check-in that cannot be answered (answered already, closed, expired link) is a page, not an error. */
export const isClosedCheckIn = (error: unknown): boolean =>
  isApiError(error, 'NOT_FOUND') || isApiError(error, 'CONFLICT');

interface CheckInClosedProps {
  title: string;
  children: ReactNode;
  /** The server's own sentence, when it said why. */
  reason?: string;
}

export function CheckInClosed({ title, children, reason }: CheckInClosedProps) {
  return (
    <Card p={{ base: 'lg', sm: 'xl' }} shadow="sm">
      <Stack gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {reason && <Text fw={600}>{reason}</Text>}
        {children}
      </Stack>
    </Card>
  );
}
