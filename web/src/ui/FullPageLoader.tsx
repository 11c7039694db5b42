import { Center, Loader, Stack, Text } from '@mantine/core';

interface FullPageLoaderProps {
  label: string;
}

export function FullPageLoader({ label }: FullPageLoaderProps) {
  return (
    <Center mih="100dvh" component="main" id="main-content" tabIndex={-1}>
      <Stack align="center" gap="sm" role="status" aria-live="polite">
        <Loader aria-hidden="true" />
        <Text c="dimmed">{label}</Text>
      </Stack>
    </Center>
  );
}
