import { useCallback } from 'react';
import { Modal, Table, Text } from '@mantine/core';
import type { StockLot } from '@corium/contracts';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { inventoryApi } from './inventory-api';
import { movementLabels, signed } from './stock-words';

/** Every change to the lot's quantity, newest first, with who and why. */
export function LotMovementsDialog({ lot, onClose }: { lot: StockLot; onClose: () => void }) {
  const { timeZone } = useCurrentUser().clinic;
  const load = useCallback(() => inventoryApi.movements(lot.id), [lot.id]);
  const { resource, reload } = useResource(load);
  return (
    <Modal opened onClose={onClose} title={`Movements of lot ${lot.lotNumber}`} size="xl" centered>
      {resource.status === 'loading' && <SectionLoader label="Loading movements…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The movements could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && resource.data.movements.length === 0 && (
        <Text>No movements recorded for this lot.</Text>
      )}
      {resource.status === 'ready' && resource.data.movements.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={`Movements of lot ${lot.lotNumber}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Change</Table.Th>
                <Table.Th>Reason</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>By</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {resource.data.movements.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{clinicDateTime(m.recordedAt, timeZone)}</Table.Td>
                  <Table.Td>{signed(m.change)}</Table.Td>
                  <Table.Td>{movementLabels[m.reason]}</Table.Td>
                  <Table.Td>{m.note ?? '—'}</Table.Td>
                  <Table.Td>{m.recordedBy.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Modal>
  );
}
