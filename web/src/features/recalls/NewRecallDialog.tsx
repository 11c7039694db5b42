import { useCallback, useState } from 'react';
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { Recall, RecallRequest } from '@corium/contracts';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useSave } from '../clinic-setup/use-save';
import { inventoryApi } from '../inventory/inventory-api';
import { recallsApi } from './recalls-api';

interface NewRecallDialogProps {
  onClose: () => void;
  onCreated: (recall: Recall) => void;
}

const loadChoices = async () => {
  const [stock, pens] = await Promise.all([inventoryApi.stock(), inventoryApi.devices()]);
  const lots = stock.products.flatMap((p) =>
    p.lots
      .filter((l) => l.recallId === null)
      .map((l) => ({ value: l.id, label: `${l.lotNumber} — ${p.name}` })),
  );
  const devices = pens.devices.map((d) => ({ value: d.id, label: `${d.model} (${d.serial})` }));
  return { lots, devices };
};

/** `datetime-local` text in the device's zone → an instant the server reads. */
const instantOf = (local: string): string => (local ? new Date(local).toISOString() : '');

export function NewRecallDialog({ onClose, onCreated }: NewRecallDialogProps) {
  const load = useCallback(() => loadChoices(), []);
  const { resource, reload } = useResource(load);
  return (
    <Modal opened onClose={onClose} title="New recall" size="lg" centered>
      {resource.status === 'loading' && <SectionLoader label="Loading lots and pens…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Lots and pens could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <RecallForm choices={resource.data} onClose={onClose} onCreated={onCreated} />
      )}
    </Modal>
  );
}

type Choices = Awaited<ReturnType<typeof loadChoices>>;

interface Draft {
  kind: 'lot' | 'device';
  lotId: string;
  deviceId: string;
  from: string;
  until: string;
  reason: string;
  reference: string;
}

function requestOf(d: Draft): RecallRequest {
  const common = { reason: d.reason.trim(), ...(d.reference.trim() && { reference: d.reference.trim() }) };
  return d.kind === 'lot'
    ? { kind: 'lot', lotId: d.lotId, ...common }
    : { kind: 'device', deviceId: d.deviceId, from: instantOf(d.from), until: instantOf(d.until), ...common };
}

function RecallForm({ choices, onClose, onCreated }: { choices: Choices } & NewRecallDialogProps) {
  const [draft, setDraft] = useState<Draft>({
    kind: 'lot',
    lotId: choices.lots[0]?.value ?? '',
    deviceId: choices.devices[0]?.value ?? '',
    ...{ from: '', until: '', reason: '', reference: '' },
  });
  const { busy, problem, fields, save } = useSave();
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  async function submit() {
    let created: Recall | null = null;
    if (await save(async () => (created = await recallsApi.create(requestOf(draft))))) onCreated(created!);
  }
  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Stack gap="md">
        <SegmentedControl
          aria-label="What is recalled"
          value={draft.kind}
          onChange={(v) => set({ kind: v as Draft['kind'] })}
          data={[
            { value: 'lot', label: 'A lot' },
            { value: 'device', label: 'A pen, over a period' },
          ]}
        />
        <TargetFields draft={draft} choices={choices} set={set} fields={fields} />
        <Textarea
          label="Reason"
          required
          minRows={2}
          value={draft.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          error={fields.reason}
        />
        <TextInput
          label="Reference"
          description="The maker's or regulator's notice number, if any"
          value={draft.reference}
          onChange={(e) => set({ reference: e.currentTarget.value })}
        />
        <FormProblem message={problem} />
        <FormButtons busy={busy} onClose={onClose} />
      </Stack>
    </form>
  );
}

interface TargetFieldsProps {
  draft: Draft;
  choices: Choices;
  set: (change: Partial<Draft>) => void;
  fields: Record<string, string>;
}

function TargetFields({ draft, choices, set, fields }: TargetFieldsProps) {
  if (draft.kind === 'lot')
    return (
      <>
        <NativeSelect
          label="Lot"
          data={choices.lots}
          value={draft.lotId}
          onChange={(e) => set({ lotId: e.currentTarget.value })}
        />
        <Text size="sm">What is left of the lot is taken out of stock, and it can no longer be charted.</Text>
      </>
    );
  return (
    <>
      <NativeSelect
        label="Pen"
        data={choices.devices}
        value={draft.deviceId}
        onChange={(e) => set({ deviceId: e.currentTarget.value })}
      />
      <Group grow align="flex-start">
        <TextInput
          label="Sessions started from"
          type="datetime-local"
          required
          value={draft.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
          error={fields.from}
        />
        <TextInput
          label="Until (not included)"
          type="datetime-local"
          required
          value={draft.until}
          onChange={(e) => set({ until: e.currentTarget.value })}
          error={fields.until}
        />
      </Group>
    </>
  );
}

function FormButtons({ busy, onClose }: { busy: boolean; onClose: () => void }) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onClose} disabled={busy}>
        Cancel
      </Button>
      <Button type="submit" color="red.9" loading={busy}>
        Recall
      </Button>
    </Group>
  );
}
