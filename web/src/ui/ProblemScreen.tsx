import { Button, Card, Center, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { usePageTitle } from './page-title';

interface ProblemScreenProps {
  title: string;
  message: string;
  onRetry: () => void;
}

/** Shown when Corium cannot load what a page depends on, e.g. the server is restarting. */
export function ProblemScreen({ title, message, onRetry }: ProblemScreenProps) {
  usePageTitle(title);
  return (
    <Center mih="100dvh" p="md" component="main" id="main-content" tabIndex={-1}>
      <Card maw={440} w="100%">
        <Stack gap="md">
          <Title order={1} size="h3">
            {title}
          </Title>
          <Text role="alert">{message}</Text>
          <Button leftSection={<IconRefresh size={18} aria-hidden="true" />} onClick={onRetry}>
            Try again
          </Button>
        </Stack>
      </Card>
    </Center>
  );
}
