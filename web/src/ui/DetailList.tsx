import type { ReactNode } from 'react';
import { Box, Stack, Text } from '@mantine/core';

interface Detail {
  term: string;
  value: ReactNode;
}

/** Read-only facts as a real description list, so assistive technology pairs each term with its value. */
export function DetailList({ details }: { details: Detail[] }) {
  return (
    <Stack component="dl" gap="md" m={0}>
      {details.map(({ term, value }) => (
        <Box key={term}>
          <Text component="dt" size="sm" c="dimmed">
            {term}
          </Text>
          <Text component="dd" fw={500} m={0}>
            {value}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}
