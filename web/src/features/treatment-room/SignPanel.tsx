import { useState } from 'react';
import type { SessionChart } from '@corium/contracts';
import { Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { cartridgeWords } from './CartridgesPanel';
import { depthText, endpointWords, zoneWords } from './chart-words';
import { chartingApi, type SessionRef } from './charting-api';

interface SignPanelProps {
  sessionRef: SessionRef;
  chart: SessionChart;
  onChart: (chart: SessionChart) => void;
}

function SignSummary({ chart }: { chart: SessionChart }) {
  return (
    <Stack gap="sm">
      <Text fw={600}>Zones ({chart.zones.length})</Text>
      {chart.zones.length === 0 ? (
        <Text>None recorded.</Text>
      ) : (
        <List size="sm" aria-label="Zones to sign">
          {chart.zones.map((z) => (
            <List.Item key={z.zone}>
              {zoneWords[z.zone]}: {depthText(z.depthMm)}, {z.passes} passes,{' '}
              {endpointWords[z.endpoint].toLowerCase()}
            </List.Item>
          ))}
        </List>
      )}
      <Text fw={600}>Cartridges ({chart.cartridges.length})</Text>
      {chart.cartridges.length === 0 ? (
        <Text>None recorded.</Text>
      ) : (
        <List size="sm" aria-label="Cartridges to sign">
          {chart.cartridges.map((c) => (
            <List.Item key={c.id}>{cartridgeWords(c)}</List.Item>
          ))}
        </List>
      )}
      <Text>
        Once signed, the chart can no longer change. Corrections are added as addenda, with a reason.
      </Text>
    </Stack>
  );
}

function SignDialog({ sessionRef, chart, onChart, onClose }: SignPanelProps & { onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function sign() {
    setBusy(true);
    setProblem(null);
    try {
      onChart(await chartingApi.sign(sessionRef));
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title="Sign this chart?" centered size="lg">
      <Stack gap="md">
        <SignSummary chart={chart} />
        <FormProblem message={problem} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="lg" onClick={onClose} disabled={busy}>
            Not yet
          </Button>
          <Button size="lg" loading={busy} onClick={() => void sign()}>
            Sign and lock
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The practitioner confirms the chart is complete and true; after that it is read-only. */
export function SignPanel({ sessionRef, chart, onChart }: SignPanelProps) {
  const [open, setOpen] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="sign-heading">
      <Title order={2} size="h3" id="sign-heading">
        Sign and lock
      </Title>
      <Text>Check the zones, cartridges and anaesthetic above, then sign.</Text>
      <Button
        size="lg"
        leftSection={<IconSignature size={22} aria-hidden="true" />}
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        Sign the chart…
      </Button>
      {open && (
        <SignDialog sessionRef={sessionRef} chart={chart} onChart={onChart} onClose={() => setOpen(false)} />
      )}
    </Stack>
  );
}
