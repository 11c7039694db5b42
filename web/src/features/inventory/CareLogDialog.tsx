import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { CareDevice, MaintenanceKind, MaintenanceLog } from '@corium/contracts';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource, type Resource } from '../../ui/use-resource';
import { useSave } from '../clinic-setup/use-save';
import { inventoryApi } from './inventory-api';
import { careLabels, optionsOf } from './stock-words';

interface CareLogDialogProps {
  device: CareDevice;
  keeper: boolean;
  onClose: () => void;
  onChanged: () => void;
}

/** One pen's care log, newest first, and a form to record care just done. */
export function CareLogDialog({ device, keeper, onClose, onChanged }: CareLogDialogProps) {
  const { timeZone } = useCurrentUser().clinic;
  const load = useCallback(() => inventoryApi.careLog(device.id), [device.id]);
  const { resource, reload } = useResource(load);
  const recorded = () => {
    reload();
    onChanged();
  };
  return (
    <Modal opened onClose={onClose} title={`${device.model} · ${device.serial}`} size="xl" centered>
      <Stack gap="md">
        {device.recalls.map((r) => (
          <Alert key={r.id} color="red" title="Under recall">
            Sessions started with this pen from {clinicDateTime(r.from, timeZone)} until{' '}
            {clinicDateTime(r.until, timeZone)} are part of a recall.
          </Alert>
        ))}
        {keeper && <RecordCareForm deviceId={device.id} onRecorded={recorded} />}
        <Title order={3} size="h5">
          Care log
        </Title>
        <CareEntries resource={resource} onRetry={reload} serial={device.serial} />
      </Stack>
    </Modal>
  );
}

function CareEntries({
  resource,
  onRetry,
  serial,
}: {
  resource: Resource<MaintenanceLog>;
  onRetry: () => void;
  serial: string;
}) {
  const { timeZone } = useCurrentUser().clinic;
  if (resource.status === 'loading') return <SectionLoader label="Loading the care log…" />;
  if (resource.status === 'failed')
    return <LoadProblem title="The care log could not be loaded" error={resource.error} onRetry={onRetry} />;
  if (resource.data.entries.length === 0) return <Text>No care recorded yet.</Text>;
  return (
    <Table striped aria-label={`Care log of ${serial}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>Care</Table.Th>
          <Table.Th>Note</Table.Th>
          <Table.Th>By</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {resource.data.entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{clinicDateTime(e.performedAt, timeZone)}</Table.Td>
            <Table.Td>{careLabels[e.kind]}</Table.Td>
            <Table.Td>{e.note ?? '—'}</Table.Td>
            <Table.Td>{e.performedBy.name}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function RecordCareForm({ deviceId, onRecorded }: { deviceId: string; onRecorded: () => void }) {
  const [kind, setKind] = useState<MaintenanceKind>('cleaning');
  const [note, setNote] = useState('');
  const { busy, problem, fields, save } = useSave();
  async function submit() {
    const body = { kind, ...(note.trim() && { note: note.trim() }) };
    if (await save(() => inventoryApi.recordCare(deviceId, body))) {
      setNote('');
      onRecorded();
    }
  }
  return (
    <form aria-label="Record care" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label="Care done now"
            data={optionsOf(careLabels)}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as MaintenanceKind)}
            w={200}
          />
          <Textarea
            label="Note"
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fields.note}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" loading={busy} size="md">
            Record care
          </Button>
        </Group>
        <FormProblem message={problem} />
      </Stack>
    </form>
  );
}
