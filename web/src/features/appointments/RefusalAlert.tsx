import type { ReactNode } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Refusal } from './booking-words';

interface RefusalAlertProps {
  refusal: Refusal | null;
  /** A way on, e.g. "Take the next free time". */
  children?: ReactNode;
}

/** Why a booking or move was refused, in place of an error page; announced when it appears. */
export function RefusalAlert({ refusal, children }: RefusalAlertProps) {
  if (!refusal) return null;
  return (
    <Alert color="orange" title={refusal.title} icon={<IconAlertTriangle aria-hidden="true" />} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{refusal.message}</Text>
        {children}
      </Stack>
    </Alert>
  );
}
