import type { SessionChart } from '@corium/contracts';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockStop } from '@tabler/icons-react';
import { clinicTime } from '../../lib/clinic-time';
import { useNow } from '../../ui/use-now';
import { useCurrentUser } from '../auth/session';
import { zonesSentence } from './chart-words';
import { contactMinutes, currentWarnings, minutesText } from './contact-time';

type Anaesthetic = SessionChart['anaesthetics'][number];

interface AnaestheticListProps {
  anaesthetics: Anaesthetic[];
  /** Absent on a chart that can no longer change. */
  onRemove?: (anaesthetic: Anaesthetic) => void;
  busy: boolean;
}

function AnaestheticItem({
  anaesthetic,
  onRemove,
  busy,
}: Omit<AnaestheticListProps, 'anaesthetics'> & {
  anaesthetic: Anaesthetic;
}) {
  const now = useNow();
  const { timeZone } = useCurrentUser().clinic;
  const minutes = contactMinutes(anaesthetic, now);
  const { product, removedAt } = anaesthetic;
  return (
    <Card component="li" padding="sm">
      <Stack gap={6}>
        <Text fw={600}>
          {product.name}
          {product.strength && `, ${product.strength}`}
          {anaesthetic.lot && ` · lot ${anaesthetic.lot.lotNumber}`}
        </Text>
        <Text size="sm">
          On the {zonesSentence(anaesthetic.zones)}
          {anaesthetic.occluded ? ', under occlusion' : ''}. Applied{' '}
          {clinicTime(new Date(anaesthetic.appliedAt), timeZone)}
          {removedAt ? `, removed ${clinicTime(new Date(removedAt), timeZone)}` : ''}.
        </Text>
        {anaesthetic.prescriptionRef && <Text size="sm">Prescription: {anaesthetic.prescriptionRef}</Text>}
        <Text fw={700} fz="lg">
          {removedAt ? `Contact: ${minutesText(minutes)}` : `On the skin for ${minutesText(minutes)}`}
        </Text>
        {currentWarnings(anaesthetic, now).map((warning) => (
          <Alert key={warning.code} color="orange" icon={<IconAlertTriangle aria-hidden="true" />}>
            {warning.message}
          </Alert>
        ))}
        {!removedAt && onRemove && (
          <Group>
            <Button
              size="lg"
              leftSection={<IconClockStop size={20} aria-hidden="true" />}
              loading={busy}
              onClick={() => onRemove(anaesthetic)}
            >
              Removed now
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Each anaesthetic applied, with a contact timer while it is on. */
export function AnaestheticList({ anaesthetics, onRemove, busy }: AnaestheticListProps) {
  if (anaesthetics.length === 0) return <Text c="dimmed">No anaesthetic recorded.</Text>;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {anaesthetics.map((anaesthetic) => (
        <AnaestheticItem key={anaesthetic.id} anaesthetic={anaesthetic} onRemove={onRemove} busy={busy} />
      ))}
    </Stack>
  );
}
