import type { ChartingOptions, SessionChart, ZoneId } from '@corium/contracts';
import { Button, Group, Stack, Title } from '@mantine/core';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useCurrentUser } from '../auth/session';
import { ActionStatus } from './ActionStatus';
import { zoneWords } from './chart-words';
import type { SessionRef } from './charting-api';
import { EndpointChoice } from './EndpointChoice';
import { useZoneForm } from './use-zone-form';
import { aboveCap } from './zone-draft';
import { DepthField, DirectionsField, GlideField, PassesField, PenSpeedField } from './ZoneSettings';

interface ZonePanelProps {
  sessionRef: SessionRef;
  zone: ZoneId;
  chart: SessionChart;
  options: ChartingOptions;
  onChart: (chart: SessionChart) => void;
}

const glideChoices = (options: ChartingOptions) =>
  options.products
    .filter((p) => p.kind === 'glide_medium' && p.sterileForNeedledSkin)
    .map((p) => ({ value: p.id, label: p.name }));

/** Records one zone: starts from the previous zone's settings, so most zones take a few taps. */
export function ZonePanel({ sessionRef, zone, chart, options, onChart }: ZonePanelProps) {
  const form = useZoneForm(sessionRef, zone, chart, onChart);
  const { isPrescriber } = useCurrentUser().user;
  const { draft, errors, cap, action, change } = form;
  const recorded = chart.zones.some((z) => z.zone === zone);
  const fieldProps = { draft, cap, errors, onChange: change, isPrescriber };
  return (
    <Stack gap="md" component="section" aria-labelledby="zone-panel-heading">
      <Title order={2} size="h3" id="zone-panel-heading">
        {zoneWords[zone]}
      </Title>
      <DepthField {...fieldProps} />
      <Group gap="xl" align="flex-start">
        <PassesField {...fieldProps} />
        <PenSpeedField {...fieldProps} />
      </Group>
      <DirectionsField {...fieldProps} />
      <EndpointChoice draft={draft} errors={errors} onChange={change} />
      <GlideField
        value={draft.glideProductId}
        choices={glideChoices(options)}
        onChange={(glideProductId) => change({ glideProductId })}
      />
      <Group gap="sm">
        <Button
          size="lg"
          leftSection={<IconDeviceFloppy size={20} aria-hidden="true" />}
          loading={action.busy}
          disabled={aboveCap(draft.depthMm, cap) && !isPrescriber}
          onClick={() => void form.save()}
        >
          Save zone
        </Button>
        {recorded && (
          <Button
            size="lg"
            variant="default"
            leftSection={<IconTrash size={20} aria-hidden="true" />}
            disabled={action.busy}
            onClick={form.remove}
          >
            Remove zone
          </Button>
        )}
      </Group>
      <ActionStatus action={action} />
    </Stack>
  );
}
