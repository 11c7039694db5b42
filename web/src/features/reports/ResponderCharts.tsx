import { useState } from 'react';
import { Select, Stack, Text, Title } from '@mantine/core';
import type { OutcomeScaleId, ReportDimension, ResponderRow } from '@corium/contracts';
import { BarChart } from '../../ui/charts/BarChart';
import { dimensionOptions, dimensionWords, percent, responderMeaning, scaleName } from './report-words';

/**
 * Responder rates on one scale, one chart per grouping. Each bar says how many courses it rests
 * on (n) and how many had to be left out, so a 100 % of two courses is not read as a result.
 */
export function ResponderCharts({ rows }: { rows: ResponderRow[] }) {
  const scales = [...new Set(rows.map((r) => r.scale))];
  const [chosen, setChosen] = useState<OutcomeScaleId | null>(null);
  const scale = chosen && scales.includes(chosen) ? chosen : (scales[0] ?? null);
  return (
    <Stack gap="md" component="section" aria-labelledby="responders-heading">
      <Title order={2} id="responders-heading">
        Responders
      </Title>
      {scale === null ? (
        <Text>No course that started in this period has outcome scores yet.</Text>
      ) : (
        <>
          <Select
            label="Scale"
            size="md"
            maw={420}
            allowDeselect={false}
            data={scales.map((s) => ({ value: s, label: scaleName(s) }))}
            value={scale}
            onChange={(value) => value && setChosen(value as OutcomeScaleId)}
          />
          <Text size="sm">
            {responderMeaning(scale)} Courses are judged on the 6-month score, else the 3-month score, else
            the latest one after baseline; courses without a baseline or a follow-up are counted apart, never
            as failures.
          </Text>
          <Stack gap="xl">
            {dimensionOptions.map(({ value }) => (
              <DimensionChart
                key={value}
                dimension={value}
                rows={rows.filter((r) => r.scale === scale && r.dimension === value)}
              />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

function DimensionChart({ dimension, rows }: { dimension: ReportDimension; rows: ResponderRow[] }) {
  const excluded = (r: ResponderRow) => r.excludedNoBaseline + r.excludedNoFollowUp;
  return (
    <BarChart
      title={`By ${dimensionWords[dimension].toLowerCase()}`}
      description="Share of evaluable courses that responded."
      max={1}
      valueHeading="Responders"
      noteHeading="Courses"
      bars={rows.map((r) => ({
        label: r.label,
        value: r.rate,
        display:
          r.rate === null ? 'no evaluable course' : `${percent(r.rate)} (${r.responders}/${r.evaluable})`,
        note: `n = ${r.evaluable}${excluded(r) ? `, ${excluded(r)} excluded` : ''}`,
      }))}
    />
  );
}
