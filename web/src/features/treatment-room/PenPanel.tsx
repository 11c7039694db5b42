import { useState } from 'react';
import type { ChartingOptions, SessionChart } from '@corium/contracts';
import { Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { ActionStatus } from './ActionStatus';
import { chartingApi, type SessionRef } from './charting-api';
import { useChartAction } from './use-chart-action';

interface PenPanelProps {
  sessionRef: SessionRef;
  chart: SessionChart;
  options: ChartingOptions;
  editable: boolean;
  onChart: (chart: SessionChart) => void;
}

const deviceLabel = (device: { model: string; serial: string }) => `${device.model} · ${device.serial}`;

/** A keyboard-wedge scan of the pen's label, or its serial typed, then Enter. */
function PenSerialField({
  options,
  onFound,
}: {
  options: ChartingOptions;
  onFound: (deviceId: string) => void;
}) {
  const [serial, setSerial] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);
  const lookUp = () => {
    const typed = serial.trim();
    const device = options.devices.find((d) => d.serial.toLowerCase() === typed.toLowerCase());
    setNotFound(device ? null : `No pen with serial “${typed}” at this location.`);
    if (!device) return;
    setSerial('');
    onFound(device.id);
  };
  return (
    <TextInput
      label="Or scan or type the pen’s serial"
      description="Press Enter to look it up."
      autoComplete="off"
      value={serial}
      error={notFound}
      onChange={(event) => setSerial(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || serial.trim() === '') return;
        event.preventDefault();
        lookUp();
      }}
    />
  );
}

const penChoices = (options: ChartingOptions) =>
  options.devices.map((d) => ({
    value: d.id,
    label: d.status === 'in_service' ? deviceLabel(d) : `${deviceLabel(d)} (${d.status.replace('_', ' ')})`,
  }));

/** The pen actually used: picked from the location's pens, or found by its serial. */
export function PenPanel({ sessionRef, chart, options, editable, onChart }: PenPanelProps) {
  const action = useChartAction(onChart);
  const choose = (deviceId: string | null) => {
    if (!deviceId || deviceId === chart.device?.id) return;
    void action.run(() => chartingApi.setDevice(sessionRef, deviceId), 'Pen saved.');
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="pen-heading">
      <Title order={2} size="h3" id="pen-heading">
        Pen
      </Title>
      <Text fw={600}>{chart.device ? deviceLabel(chart.device) : 'No pen recorded yet.'}</Text>
      {editable && (
        <>
          <Select
            label="Pen used"
            data={penChoices(options)}
            value={chart.device?.id ?? null}
            disabled={action.busy}
            onChange={choose}
          />
          <PenSerialField options={options} onFound={choose} />
          <ActionStatus action={action} />
        </>
      )}
    </Stack>
  );
}
