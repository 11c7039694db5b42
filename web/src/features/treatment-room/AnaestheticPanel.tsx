import type { ChartingOptions, SessionChart } from '@corium/contracts';
import { Stack, Title } from '@mantine/core';
import { ActionStatus } from './ActionStatus';
import { AnaestheticForm } from './AnaestheticForm';
import { AnaestheticList } from './AnaestheticList';
import { chartingApi, type SessionRef } from './charting-api';
import { useChartAction } from './use-chart-action';

interface AnaestheticPanelProps {
  sessionRef: SessionRef;
  chart: SessionChart;
  options: ChartingOptions;
  editable: boolean;
  onChart: (chart: SessionChart) => void;
}

/** Topical anaesthetic: what, where, since when; warns past 60 minutes or a large occluded area. */
export function AnaestheticPanel({ sessionRef, chart, options, editable, onChart }: AnaestheticPanelProps) {
  const action = useChartAction(onChart);
  return (
    <Stack gap="md" component="section" aria-labelledby="anaesthetic-heading">
      <Title order={2} size="h3" id="anaesthetic-heading">
        Anaesthetic
      </Title>
      <AnaestheticList
        anaesthetics={chart.anaesthetics}
        busy={action.busy}
        onRemove={
          editable
            ? (anaesthetic) =>
                void action.run(
                  () => chartingApi.removeAnaesthetic(sessionRef, anaesthetic.id, new Date().toISOString()),
                  'Removal recorded.',
                )
            : undefined
        }
      />
      {editable && (
        <AnaestheticForm
          options={options}
          treated={chart.zones.map((z) => z.zone)}
          busy={action.busy}
          onAdd={(body, fields) =>
            action.run(() => chartingApi.addAnaesthetic(sessionRef, body), 'Anaesthetic recorded.', fields)
          }
        />
      )}
      <ActionStatus action={action} />
    </Stack>
  );
}
