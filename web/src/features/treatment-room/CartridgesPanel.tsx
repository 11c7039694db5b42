import { useState } from 'react';
import type { ChartingOptions, SessionChart } from '@corium/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { calendarDate, clinicTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { ActionStatus } from './ActionStatus';
import { chartingApi, type SessionRef } from './charting-api';
import { ManualCartridgeForm } from './ManualCartridgeForm';
import { ScanField } from './ScanField';
import { useChartAction } from './use-chart-action';
import { VoidCartridgeDialog } from './VoidCartridgeDialog';

type Cartridge = SessionChart['cartridges'][number];

interface CartridgesPanelProps {
  sessionRef: SessionRef;
  chart: SessionChart;
  options: ChartingOptions;
  editable: boolean;
  onChart: (chart: SessionChart) => void;
}

export const cartridgeWords = (c: Cartridge) =>
  `${c.product.name}, lot ${c.lot.lotNumber}${c.cartridgeSerial ? `, serial ${c.cartridgeSerial}` : ''}`;

function CartridgeList({ cartridges, onVoid }: { cartridges: Cartridge[]; onVoid?: (c: Cartridge) => void }) {
  const { timeZone } = useCurrentUser().clinic;
  if (cartridges.length === 0) return <Text c="dimmed">No cartridge recorded yet.</Text>;
  return (
    <Stack component="ul" gap="xs" m={0} p={0} aria-label="Cartridges used" style={{ listStyle: 'none' }}>
      {cartridges.map((c) => (
        <Card component="li" key={c.id} padding="sm">
          <Group justify="space-between" gap="sm">
            <Stack gap={2}>
              <Text fw={600}>{cartridgeWords(c)}</Text>
              <Text size="sm" c="dimmed">
                Use by {calendarDate(c.lot.expiresOn)} · opened {clinicTime(new Date(c.recordedAt), timeZone)}
              </Text>
            </Stack>
            {onVoid && (
              <Button
                variant="default"
                leftSection={<IconBan size={18} aria-hidden="true" />}
                aria-label={`Void ${cartridgeWords(c)}`}
                onClick={() => onVoid(c)}
              >
                Void…
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

function CartridgeEntry({
  options,
  busy,
  add,
}: {
  options: ChartingOptions;
  busy: boolean;
  add: AddCartridge;
}) {
  const [manualLot, setManualLot] = useState<string | null>(null);
  return (
    <>
      <ScanField
        disabled={busy}
        onOutcome={async (outcome) => {
          if (outcome.kind === 'needs_serial') setManualLot(outcome.lotId);
          else await add(outcome.lotId, outcome.cartridgeSerial);
        }}
      />
      <ManualCartridgeForm
        options={options}
        lotId={manualLot}
        onLotChange={setManualLot}
        busy={busy}
        onAdd={add}
      />
    </>
  );
}

type AddCartridge = (lotId: string, cartridgeSerial?: string) => Promise<boolean>;

/** Every single-use cartridge opened for this session, by lot and serial: what a recall looks for. */
export function CartridgesPanel({ sessionRef, chart, options, editable, onChart }: CartridgesPanelProps) {
  const action = useChartAction(onChart);
  const [voiding, setVoiding] = useState<Cartridge | null>(null);
  const add: AddCartridge = async (lotId, cartridgeSerial) => {
    const body = { lotId, ...(cartridgeSerial && { cartridgeSerial }) };
    return (await action.run(() => chartingApi.addCartridge(sessionRef, body), 'Cartridge recorded.')).ok;
  };
  const voidEntry = async (cartridge: Cartridge, reason: string) => {
    const send = () => chartingApi.voidCartridge(sessionRef, cartridge.id, reason);
    const result = await action.run(send, 'Cartridge entry voided.');
    return result.ok ? null : (result.message ?? 'The entry could not be voided.');
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="cartridges-heading">
      <Title order={2} size="h3" id="cartridges-heading">
        Cartridges
      </Title>
      <CartridgeList cartridges={chart.cartridges} onVoid={editable ? setVoiding : undefined} />
      {editable && <CartridgeEntry options={options} busy={action.busy} add={add} />}
      <ActionStatus action={action} />
      {voiding && (
        <VoidCartridgeDialog
          what={cartridgeWords(voiding)}
          onClose={() => setVoiding(null)}
          onVoid={(reason) => voidEntry(voiding, reason)}
        />
      )}
    </Stack>
  );
}
