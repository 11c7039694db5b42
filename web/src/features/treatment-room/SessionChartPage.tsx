import { useCallback, useState } from 'react';
import type { ChartingOptions, SessionChart, ZoneId } from '@corium/contracts';
import { Anchor, Card, Grid, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../lib/api';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { patientName } from '../patient-record/ContactDetails';
import { AddendaPanel } from './AddendaPanel';
import { AnaestheticPanel } from './AnaestheticPanel';
import { CartridgesPanel } from './CartridgesPanel';
import { ChartHeader } from './ChartHeader';
import { chartingApi, type SessionRef } from './charting-api';
import { PenPanel } from './PenPanel';
import { RecordedZone } from './RecordedZone';
import { SignedBanner } from './SignedBanner';
import { SignPanel } from './SignPanel';
import { TopicalsPanel } from './TopicalsPanel';
import { ZoneMap } from './ZoneMap';
import { ZonePanel } from './ZonePanel';

export function SessionChartPage() {
  const { patientId = '', sessionId = '' } = useParams();
  // A fresh page per session, so nothing of another chart lingers while this one loads.
  return <ChartLoader key={`${patientId}/${sessionId}`} sessionRef={{ patientId, sessionId }} />;
}

const loadChart = async (ref: SessionRef) => {
  const [chart, options, patient] = await Promise.all([
    chartingApi.chart(ref),
    chartingApi.options(ref),
    api.patient(ref.patientId),
  ]);
  return { chart, options, name: patientName(patient) };
};

function ChartLoader({ sessionRef }: { sessionRef: SessionRef }) {
  const load = useCallback(() => loadChart(sessionRef), [sessionRef.patientId, sessionRef.sessionId]); // eslint-disable-line react-hooks/exhaustive-deps
  const { resource, reload } = useResource(load);
  usePageTitle(resource.status === 'ready' ? `Session chart · ${resource.data.name}` : 'Session chart');
  return (
    <Stack gap="lg" maw={1180}>
      <Anchor
        component={Link}
        to={`/staff/patients/${sessionRef.patientId}`}
        display="inline-flex"
        py={10}
        style={{ gap: 6, alignSelf: 'flex-start' }}
      >
        <IconArrowLeft size={18} aria-hidden="true" />
        Patient record
      </Anchor>
      {resource.status === 'loading' && <SectionLoader label="Opening the session chart…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The chart could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && <Chart sessionRef={sessionRef} {...resource.data} />}
    </Stack>
  );
}

interface ChartProps {
  sessionRef: SessionRef;
  chart: SessionChart;
  options: ChartingOptions;
  name: string;
}

interface ZoneSectionProps extends PanelProps {
  zone: ZoneId | null;
  onSelect: (zone: ZoneId) => void;
}

/** The map on the left, the chosen zone on the right; stacked on a tablet held upright. */
function ZoneSection({ sessionRef, chart, options, editable, onChart, zone, onSelect }: ZoneSectionProps) {
  return (
    <Card>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ZoneMap zones={chart.zones} selected={zone} onSelect={onSelect} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {zone === null && (
            <Text size="lg" c="dimmed">
              {editable ? 'Tap a zone on the map to record it.' : 'Tap a zone to see what was recorded.'}
            </Text>
          )}
          {zone !== null &&
            (editable ? (
              <ZonePanel
                key={zone}
                sessionRef={sessionRef}
                zone={zone}
                chart={chart}
                options={options}
                onChart={onChart}
              />
            ) : (
              <RecordedZone zone={zone} recorded={chart.zones.find((z) => z.zone === zone)} />
            ))}
        </Grid.Col>
      </Grid>
    </Card>
  );
}

interface PanelProps {
  sessionRef: SessionRef;
  chart: SessionChart;
  options: ChartingOptions;
  editable: boolean;
  onChart: (chart: SessionChart) => void;
}

/** Signing while the session is open; addenda once it is signed. */
function ClosingSection({ sessionRef, chart, onChart, mayChart }: PanelProps & { mayChart: boolean }) {
  if (chart.status === 'signed')
    return <AddendaPanel sessionRef={sessionRef} chart={chart} mayAdd={mayChart} onChart={onChart} />;
  if (mayChart) return <SignPanel sessionRef={sessionRef} chart={chart} onChart={onChart} />;
  return <Text c="dimmed">The practitioner signs this chart once the session is over.</Text>;
}

function Chart({ sessionRef, chart: loaded, options, name }: ChartProps) {
  // Every change answers with the whole chart; the latest answer is what the page shows.
  const [chart, setChart] = useState(loaded);
  const [zone, setZone] = useState<ZoneId | null>(null);
  const mayChart = may(useCurrentUser().user.role, 'chartSessions');
  const editable = chart.status === 'in_progress' && mayChart;
  const panel = { sessionRef, chart, options, editable, onChart: setChart };
  return (
    <>
      <ChartHeader chart={chart} patientName={name} />
      {chart.signed && <SignedBanner signed={chart.signed} />}
      <ZoneSection {...panel} zone={zone} onSelect={setZone} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card>
          <AnaestheticPanel {...panel} />
        </Card>
        <Stack gap="lg">
          <Card>
            <PenPanel {...panel} />
          </Card>
          <Card>
            <CartridgesPanel {...panel} />
          </Card>
        </Stack>
      </SimpleGrid>
      <Card>
        <TopicalsPanel {...panel} />
      </Card>
      <Card>
        <ClosingSection {...panel} mayChart={mayChart} />
      </Card>
    </>
  );
}
