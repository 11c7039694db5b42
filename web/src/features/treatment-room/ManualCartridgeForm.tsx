import { useState } from 'react';
import type { ChartingOptions } from '@corium/contracts';
import { Button, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { lotChoices } from './lot-choices';

interface ManualCartridgeFormProps {
  options: ChartingOptions;
  /** A lot found by a scan whose serial still has to be typed. */
  lotId: string | null;
  onLotChange: (lotId: string | null) => void;
  busy: boolean;
  onAdd: (lotId: string, cartridgeSerial: string | undefined) => Promise<boolean>;
}

/** Cartridge lots grouped by product, e.g. "12-needle cartridge (12 pin)". */
function cartridgeLots(options: ChartingOptions) {
  return options.products
    .filter((p) => p.kind === 'cartridge')
    .map((p) => ({
      group: p.needleConfig ? `${p.name} (${p.needleConfig})` : p.name,
      items: lotChoices(options, p.id),
    }))
    .filter((group) => group.items.length > 0);
}

const CHOOSE_LOT = 'Choose the lot';
const TYPE_SERIAL = 'Type the cartridge’s serial';

/** When there is nothing to scan: pick the lot, type the serial if the product has one. */
export function ManualCartridgeForm({ options, lotId, onLotChange, busy, onAdd }: ManualCartridgeFormProps) {
  const [serial, setSerial] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const lot = options.lots.find((l) => l.id === lotId);
  const serialised = options.products.find((p) => p.id === lot?.productId)?.serialised ?? false;

  async function add() {
    const problem = !lotId ? CHOOSE_LOT : serialised && serial.trim() === '' ? TYPE_SERIAL : null;
    setMissing(problem);
    if (!lotId || problem) return;
    if (await onAdd(lotId, serial.trim() || undefined)) {
      setSerial('');
      onLotChange(null);
    }
  }

  return (
    <Stack gap="sm">
      <Select
        label="Cartridge lot"
        searchable
        data={cartridgeLots(options)}
        value={lotId}
        nothingFoundMessage="No cartridge lot matches"
        error={missing === CHOOSE_LOT ? missing : undefined}
        onChange={(value) => {
          onLotChange(value);
          setMissing(null);
        }}
      />
      <TextInput
        label={serialised ? 'Cartridge serial' : 'Cartridge serial (if it has one)'}
        required={serialised}
        value={serial}
        error={missing === TYPE_SERIAL ? missing : undefined}
        onChange={(event) => {
          setSerial(event.currentTarget.value);
          setMissing(null);
        }}
      />
      <Button
        size="lg"
        leftSection={<IconPlus size={20} aria-hidden="true" />}
        loading={busy}
        onClick={() => void add()}
        style={{ alignSelf: 'flex-start' }}
      >
        Add cartridge
      </Button>
    </Stack>
  );
}
