import { Badge, Group } from '@mantine/core';
import type { StockWarning } from '@corium/contracts';
import { warningBadges } from './stock-words';

export function WarningBadges({ warnings }: { warnings: StockWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      {warnings.map((w) => (
        <Badge key={w} color={warningBadges[w].color} variant="filled" autoContrast size="lg" radius="sm">
          {warningBadges[w].label}
        </Badge>
      ))}
    </Group>
  );
}
