import { useCallback, useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { CareDevice } from '@corium/contracts';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { CareLogDialog } from './CareLogDialog';
import { inventoryApi } from './inventory-api';
import { careLabels } from './stock-words';

const statusLabels: Record<CareDevice['status'], string> = {
  in_service: 'In service',
  maintenance: 'In maintenance',
  retired: 'Retired',
};

/** Each pen and RF unit with its latest care; its log and "Record care" open in a dialog. */
export function PensTab({ keeper }: { keeper: boolean }) {
  const load = useCallback(() => inventoryApi.devices(), []);
  const { resource, reload } = useResource(load);
  const [open, setOpen] = useState<CareDevice | null>(null);
  if (resource.status === 'loading') return <SectionLoader label="Loading the pens…" />;
  if (resource.status === 'failed')
    return <LoadProblem title="The pens could not be loaded" error={resource.error} onRetry={reload} />;
  const { devices } = resource.data;
  if (devices.length === 0) return <Text>No pens yet: an administrator adds them in Clinic set-up.</Text>;
  return (
    <Stack gap="md">
      <PenTable devices={devices} onOpen={setOpen} />
      {open && (
        <CareLogDialog device={open} keeper={keeper} onClose={() => setOpen(null)} onChanged={reload} />
      )}
    </Stack>
  );
}

function PenTable({ devices, onOpen }: { devices: CareDevice[]; onOpen: (device: CareDevice) => void }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" aria-label="Pens and their care">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Pen</Table.Th>
            <Table.Th>Serial number</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Latest care</Table.Th>
            <Table.Th>Care log</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.model}</Table.Td>
              <Table.Td>{d.serial}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {statusLabels[d.status]}
                  {d.recalls.length > 0 && (
                    <Badge color="red.9" variant="filled" autoContrast size="lg" radius="sm">
                      Under recall
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {d.lastCare
                  ? `${careLabels[d.lastCare.kind]}, ${clinicDateTime(d.lastCare.performedAt, timeZone)}`
                  : 'None recorded'}
              </Table.Td>
              <Table.Td>
                <Button variant="subtle" size="sm" onClick={() => onOpen(d)}>
                  Open log<VisuallyHidden> of {d.serial}</VisuallyHidden>
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
