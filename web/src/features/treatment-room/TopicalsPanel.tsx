import { useState } from 'react';
import type { ChartingOptions, SessionChart, ZoneId } from '@corium/contracts';
import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ActionStatus } from './ActionStatus';
import { zonesSentence } from './chart-words';
import { chartingApi, type SessionRef } from './charting-api';
import { lotChoices } from './lot-choices';
import { useChartAction } from './use-chart-action';
import { ZonesPicker } from './ZonesPicker';

type Topical = SessionChart['topicals'][number];

interface TopicalsPanelProps {
  sessionRef: SessionRef;
  chart: SessionChart;
  options: ChartingOptions;
  editable: boolean;
  onChart: (chart: SessionChart) => void;
}

function TopicalList({ topicals, onRemove }: { topicals: Topical[]; onRemove?: (t: Topical) => void }) {
  if (topicals.length === 0) return <Text c="dimmed">Nothing applied to the needled skin yet.</Text>;
  return (
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {topicals.map((t) => (
        <Card component="li" key={t.id} padding="sm">
          <Group justify="space-between" wrap="nowrap">
            <Text>
              <strong>{t.product.name}</strong>
              {t.lot && `, lot ${t.lot.lotNumber}`} on the {zonesSentence(t.zones)}
            </Text>
            {onRemove && (
              <Button
                variant="default"
                leftSection={<IconTrash size={18} aria-hidden="true" />}
                aria-label={`Remove ${t.product.name}`}
                onClick={() => onRemove(t)}
              >
                Remove
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

function useTopicalForm(sessionRef: SessionRef, onChart: (chart: SessionChart) => void) {
  const action = useChartAction(onChart);
  const [productId, setProductId] = useState<string | null>(null);
  const [lotId, setLotId] = useState<string | null>(null);
  const [zones, setZones] = useState<ZoneId[]>([]);
  const [missing, setMissing] = useState<Record<string, string>>({});

  async function add() {
    setMissing({
      ...(!productId && { productId: 'Choose the product' }),
      ...(zones.length === 0 && { zones: 'Choose where it went on' }),
    });
    if (!productId || zones.length === 0) return;
    const body = { productId, zones, ...(lotId && { lotId }) };
    const result = await action.run(() => chartingApi.addTopical(sessionRef, body), 'Topical recorded.');
    if (!result.ok) return;
    setProductId(null);
    setLotId(null);
    setZones([]);
  }
  const chooseProduct = (value: string | null) => {
    setProductId(value);
    setLotId(null);
  };
  return { action, productId, lotId, zones, missing, add, chooseProduct, setLotId, setZones };
}

type TopicalForm = ReturnType<typeof useTopicalForm>;

function TopicalFields({
  form,
  options,
  treated,
}: {
  form: TopicalForm;
  options: ChartingOptions;
  treated: ZoneId[];
}) {
  const products = options.products.filter((p) => p.kind === 'topical' && p.sterileForNeedledSkin);
  return (
    <Stack gap="sm">
      <Select
        label="Sterile product"
        description="Only products approved for needled skin are listed."
        data={products.map((p) => ({ value: p.id, label: p.name }))}
        nothingFoundMessage="No sterile topical in stock"
        value={form.productId}
        error={form.missing.productId}
        onChange={form.chooseProduct}
      />
      {form.productId && (
        <Select
          label="Lot (optional)"
          clearable
          data={lotChoices(options, form.productId)}
          value={form.lotId}
          onChange={form.setLotId}
        />
      )}
      <ZonesPicker
        label="Where it went on"
        value={form.zones}
        treated={treated}
        error={form.missing.zones}
        path="topicalZones"
        onChange={form.setZones}
      />
      <Button
        size="lg"
        leftSection={<IconPlus size={20} aria-hidden="true" />}
        loading={form.action.busy}
        onClick={() => void form.add()}
        style={{ alignSelf: 'flex-start' }}
      >
        Record topical
      </Button>
    </Stack>
  );
}

/**
 * What went on the needled skin besides the glide medium. Only products marked sterile and
 * approved for needled skin are offered; the server refuses any other, in its own words.
 */
export function TopicalsPanel({ sessionRef, chart, options, editable, onChart }: TopicalsPanelProps) {
  const form = useTopicalForm(sessionRef, onChart);
  const { action } = form;
  return (
    <Stack gap="md" component="section" aria-labelledby="topicals-heading">
      <Title order={2} size="h3" id="topicals-heading">
        Topicals on needled skin
      </Title>
      <TopicalList
        topicals={chart.topicals}
        onRemove={
          editable
            ? (t) => void action.run(() => chartingApi.removeTopical(sessionRef, t.id), 'Topical removed.')
            : undefined
        }
      />
      {editable && <TopicalFields form={form} options={options} treated={chart.zones.map((z) => z.zone)} />}
      <ActionStatus action={action} />
    </Stack>
  );
}
