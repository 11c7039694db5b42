import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { describeError } from '../lib/api';

interface LoadProblemProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** Shown in place of something that could not be loaded; the rest of the page keeps working. */
export function LoadProblem({ title, error, onRetry }: LoadProblemProps) {
  return (
    <Alert color="red" title={title} icon={<IconAlertCircle aria-hidden="true" />}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeError(error)}</Text>
        {onRetry && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={18} aria-hidden="true" />}
            onClick={onRetry}
          >
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
