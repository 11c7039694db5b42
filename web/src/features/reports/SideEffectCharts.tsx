import { useState } from 'react';
import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { ReportDimension, SideEffectRow } from '@corium/contracts';
import { BarChart } from '../../ui/charts/BarChart';
import { decimal, dimensionOptions, dimensionWords, percent } from './report-words';

/** Side effects of the signed sessions, by one grouping at a time. */
export function SideEffectCharts({ rows }: { rows: SideEffectRow[] }) {
  const [dimension, setDimension] = useState<ReportDimension>('protocol');
  const shown = rows.filter((r) => r.dimension === dimension);
  const sessions = (r: SideEffectRow) => `${r.sessions} ${r.sessions === 1 ? 'session' : 'sessions'}`;
  return (
    <Stack gap="md" component="section" aria-labelledby="side-effects-heading">
      <Title order={2} id="side-effects-heading">
        Side effects
      </Title>
      <Text size="sm">
        Signed sessions of the period. A check-in is flagged when its answers were triaged “review”, “urgent”
        or “emergency”; adverse events are those recorded against the session.
      </Text>
      <SegmentedControl
        size="md"
        aria-label="Group side effects by"
        data={dimensionOptions}
        value={dimension}
        onChange={(value) => setDimension(value as ReportDimension)}
      />
      <Stack gap="xl">
        <BarChart
          title={`Flagged check-ins by ${dimensionWords[dimension].toLowerCase()}`}
          description="Share of sessions with at least one flagged check-in."
          max={1}
          valueHeading="Sessions with a flagged check-in"
          noteHeading="Sessions"
          bars={shown.map((r) => ({
            label: r.label,
            value: r.flaggedRate,
            display: `${percent(r.flaggedRate)} (${r.sessionsWithFlaggedCheckIn})`,
            note: sessions(r),
          }))}
        />
        <BarChart
          title={`Adverse events by ${dimensionWords[dimension].toLowerCase()}`}
          description="Adverse events per 100 signed sessions."
          valueHeading="Per 100 sessions"
          noteHeading="Events and sessions"
          bars={shown.map((r) => ({
            label: r.label,
            value: r.adverseEventsPer100,
            display: `${decimal(r.adverseEventsPer100)} per 100`,
            note: `${r.adverseEvents} in ${sessions(r)}`,
          }))}
        />
      </Stack>
    </Stack>
  );
}
