import { useCallback, useState } from 'react';
import { Divider, Group, Stack, Text, Title } from '@mantine/core';
import type { ClinicReport, ReportQuery } from '@corium/contracts';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { CsvDownloadButton } from './CsvDownloadButton';
import { OperationsSection } from './OperationsSection';
import { ReportFilters, type Choice } from './ReportFilters';
import { monthName } from './report-words';
import { reportCsvUrl, reportsApi } from './reports-api';
import { ResponderCharts } from './ResponderCharts';
import { SideEffectCharts } from './SideEffectCharts';

/** The practitioners and pens a report names, to filter by (kept across loads so a filter can be undone). */
function choicesOf(report: ClinicReport, dimension: 'practitioner' | 'device', known: Choice[]): Choice[] {
  const named = [...report.sideEffects, ...report.responders]
    .filter((r) => r.dimension === dimension && r.key !== 'none' && r.key !== 'unknown')
    .map((r) => ({ value: r.key, label: r.label }));
  const all = new Map([...known, ...named].map((c) => [c.value, c]));
  return [...all.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** This month and the eleven before it, on this device's calendar (the server's default too). */
function lastTwelveMonths(): ReportQuery {
  const now = new Date();
  const month = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  return { from: month(new Date(now.getFullYear(), now.getMonth() - 11, 1)), to: month(now) };
}

/** The clinic's reports: did courses work, what did they cost the skin, how busy was the clinic. */
export function ReportsPage() {
  usePageTitle('Reports');
  const [query, setQuery] = useState<ReportQuery>(lastTwelveMonths);
  const [choices, setChoices] = useState<{ practitioners: Choice[]; pens: Choice[] }>({
    practitioners: [],
    pens: [],
  });
  const load = useCallback(async () => {
    const report = await reportsApi.clinic(query);
    setChoices((c) => ({
      practitioners: choicesOf(report, 'practitioner', c.practitioners),
      pens: choicesOf(report, 'device', c.pens),
    }));
    return report;
  }, [query]);
  const { resource, reload } = useResource(load, { keepWhileLoading: true });
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={1}>Reports</Title>
        <Text c="dimmed">Aggregates of the clinic’s courses and visits; no patient is named.</Text>
      </div>
      <ReportFilters
        initial={query}
        practitioners={choices.practitioners}
        pens={choices.pens}
        onApply={setQuery}
      />
      {resource.status === 'loading' && <SectionLoader label="Preparing the report…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The report could not be prepared" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && <Report report={resource.data} query={query} />}
    </Stack>
  );
}

function Report({ report, query }: { report: ClinicReport; query: ReportQuery }) {
  const range = { ...query, from: report.from, to: report.to };
  return (
    <>
      <Group justify="space-between" align="flex-start">
        <Text fw={600}>
          {monthName(report.from)} – {monthName(report.to)} ({report.timeZone})
        </Text>
        <Group align="flex-start">
          <CsvDownloadButton label="Outcomes CSV" url={reportCsvUrl('outcomes', range)} />
          <CsvDownloadButton label="Monthly operations CSV" url={reportCsvUrl('operations', range)} />
        </Group>
      </Group>
      <ResponderCharts rows={report.responders} />
      <Divider />
      <SideEffectCharts rows={report.sideEffects} />
      <Divider />
      <OperationsSection months={report.operations} />
    </>
  );
}
