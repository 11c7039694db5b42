import { Box, Group, Stack, Text } from '@mantine/core';
import { depthBands } from './depth-bands';

/** What each fill means; the depth is also written on every treated zone. */
export function DepthLegend() {
  return (
    <Stack gap={4} component="ul" m={0} p={0} aria-label="Depth colours" style={{ listStyle: 'none' }}>
      {depthBands.map((band) => (
        <Group key={band.label} gap="xs" component="li" wrap="nowrap">
          <Box
            w={20}
            h={20}
            aria-hidden="true"
            style={{
              background: band.fill,
              border: '1px solid var(--mantine-color-gray-7)',
              borderRadius: 4,
            }}
          />
          <Text size="sm">{band.label}</Text>
        </Group>
      ))}
      <Group gap="xs" component="li" wrap="nowrap">
        <Box
          w={20}
          h={20}
          aria-hidden="true"
          style={{ border: '1px dashed var(--mantine-color-gray-7)', borderRadius: 4 }}
        />
        <Text size="sm">Not treated yet</Text>
      </Group>
    </Stack>
  );
}
