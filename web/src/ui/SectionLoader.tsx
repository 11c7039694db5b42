import { Center, Loader, Stack, Text } from '@mantine/core';

interface SectionLoaderProps {
  label: string;
}

/** A loading state for part of a page; the frame around it stays in place. */
export function SectionLoader({ label }: SectionLoaderProps) {
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" role="status" aria-live="polite">
        <Loader aria-hidden="true" />
        <Text c="dimmed">{label}</Text>
      </Stack>
    </Center>
  );
}
