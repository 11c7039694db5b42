import type { ClearanceStatus, ScreeningLevel } from '@corium/contracts';
import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconCircleCheck, IconSignature, type Icon } from '@tabler/icons-react';
import { IconBadge } from '../../ui/IconBadge';
import { levelLooks, statusLooks } from './screening-words';

const levelIcons: Record<ScreeningLevel, Icon> = {
  clear: IconCircleCheck,
  warn: IconAlertTriangle,
  'needs-doctor': IconSignature,
  block: IconBan,
};

/** A finding's level in words with its own icon. */
export function LevelBadge({ level }: { level: ScreeningLevel }) {
  const look = levelLooks[level];
  return <IconBadge label={look.label} color={look.color} icon={levelIcons[level]} />;
}

const statusIcons: Record<ClearanceStatus, Icon> = {
  clear_to_treat: IconCircleCheck,
  awaiting_override: IconSignature,
  blocked: IconBan,
};

/** What the findings allow, once overrides are counted: the first thing anyone reads. */
export function StatusBanner({ status }: { status: ClearanceStatus }) {
  const look = statusLooks[status];
  const StatusIcon = statusIcons[status];
  return (
    <Alert
      variant="light"
      color={look.color}
      icon={<StatusIcon size={28} aria-hidden="true" />}
      title={<span data-testid="screening-status">{look.title}</span>}
      // Mantine's tinted titles fall below 4.5:1; black keeps them readable, the icon and words carry the meaning.
      styles={{
        title: { color: 'var(--mantine-color-black)', fontSize: 'var(--mantine-font-size-lg)' },
        root: { borderLeft: `6px solid var(--mantine-color-${look.color}-8)` },
      }}
    >
      <Text>{look.detail}</Text>
    </Alert>
  );
}
