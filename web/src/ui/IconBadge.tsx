import { Badge } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

interface IconBadgeProps {
  label: string;
  color: string;
  icon: Icon;
  testId?: string;
}

/** A state in words with its own icon; the colour only repeats what the words say (WCAG 1.4.1). */
export function IconBadge({ label, color, icon: BadgeIcon, testId }: IconBadgeProps) {
  return (
    <Badge
      component="span"
      variant="outline"
      color={color}
      radius="sm"
      size="lg"
      leftSection={<BadgeIcon size={16} aria-hidden="true" />}
      data-testid={testId}
    >
      {label}
    </Badge>
  );
}
