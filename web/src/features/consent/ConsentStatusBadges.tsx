import type { TreatmentConsent } from '@corium/contracts';
import { Badge, Group } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconCircleDashed,
  IconMail,
  type Icon,
} from '@tabler/icons-react';
import { IconBadge } from '../../ui/IconBadge';
import { requestedLook, statusLooks, type TreatmentStatus } from './consent-words';

const statusIcons: Record<TreatmentStatus, Icon> = {
  valid: IconCircleCheck,
  needs_resigning: IconAlertTriangle,
  withdrawn: IconBan,
  missing: IconCircleDashed,
};

/** A treatment's consent status in words with its own icon. */
export function StatusBadge({ status }: { status: TreatmentStatus }) {
  const look = statusLooks[status];
  return (
    <IconBadge label={look.label} color={look.color} icon={statusIcons[status]} testId="consent-status" />
  );
}

/** A treatment's consent status, and whether the clinic is waiting for the patient to sign. */
export function ConsentStatusBadges({ treatment }: { treatment: TreatmentConsent }) {
  return (
    <Group gap="xs">
      <StatusBadge status={treatment.status} />
      {treatment.requested && (
        <Badge
          component="span"
          variant="outline"
          color={requestedLook.color}
          radius="sm"
          size="lg"
          leftSection={<IconMail size={16} aria-hidden="true" />}
        >
          {requestedLook.label}
        </Badge>
      )}
    </Group>
  );
}
