import { useCallback, useEffect, useState } from 'react';
import { alertLevels, type AftercareDashboard, type AlertLevel } from '@corium/contracts';
import { Accordion, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { triageLooks } from './aftercare-words';
import { aftercareApi } from './aftercare-api';
import { AlertDialogs, type AlertDialog } from './AlertDialogs';
import { AlertList } from './AlertList';
import { MissedCheckIns } from './MissedCheckIns';
import { OnCallSettings } from './OnCallSettings';

// A new alert reaches the dashboard within a minute without anyone pressing anything.
const REFRESH_MS = 60_000;

/** Most severe first: the order a clinician works through them. */
const severityOrder: AlertLevel[] = [...alertLevels].reverse();

export function AlertsDashboardPage() {
  usePageTitle('Alerts');
  const { role } = useCurrentUser().user;
  const load = useCallback(() => aftercareApi.dashboard(), []);
  const { resource, refreshing, reload } = useResource(load);
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>Alerts</Title>
          <Text c="dimmed">Check-ins that were not normal healing, and check-ins nobody answered.</Text>
        </Stack>
        <Button
          variant="default"
          loading={refreshing}
          leftSection={<IconRefresh size={18} aria-hidden="true" />}
          onClick={reload}
        >
          Refresh
        </Button>
      </Group>
      {resource.status === 'loading' && <SectionLoader label="Loading alerts…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The alerts could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && <Dashboard dashboard={resource.data} onChanged={reload} />}
      {may(role, 'manageAftercareSettings') && <OnCallSection />}
    </Stack>
  );
}

function Dashboard({ dashboard, onChanged }: { dashboard: AftercareDashboard; onChanged: () => void }) {
  const { timeZone } = useCurrentUser().clinic;
  const [dialog, setDialog] = useState<AlertDialog | null>(null);
  return (
    <>
      <SeverityCounts counts={dashboard.counts} />
      {dashboard.alerts.length === 0 && (
        <Text size="lg">No open alerts. Every answered check-in is healing as expected.</Text>
      )}
      {severityOrder.map((level) => {
        const alerts = dashboard.alerts.filter((alert) => alert.level === level);
        if (alerts.length === 0) return null;
        return (
          <Stack key={level} component="section" aria-labelledby={`alerts-${level}`} gap="sm">
            <Title order={2} size="h3" id={`alerts-${level}`}>
              {triageLooks[level].label}
            </Title>
            <AlertList alerts={alerts} onChanged={onChanged} onDialog={setDialog} />
          </Stack>
        );
      })}
      <Stack component="section" aria-labelledby="missed-heading" gap="sm">
        <Title order={2} size="h3" id="missed-heading">
          Missed check-ins
        </Title>
        <MissedCheckIns missed={dashboard.missedCheckIns} timeZone={timeZone} />
      </Stack>
      <AlertDialogs dialog={dialog} onClose={() => setDialog(null)} onChanged={onChanged} />
    </>
  );
}

function OnCallSection() {
  return (
    <Accordion variant="contained">
      <Accordion.Item value="on-call">
        <Accordion.Control>On call and response times</Accordion.Control>
        <Accordion.Panel>
          <OnCallSettings />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

function SeverityCounts({ counts }: { counts: AftercareDashboard['counts'] }) {
  return (
    <SimpleGrid cols={3} spacing="sm" component="dl" m={0}>
      {severityOrder.map((level) => (
        <Paper
          key={level}
          withBorder
          p="md"
          radius="md"
          bg={counts[level] > 0 ? `${triageLooks[level].color}.0` : undefined}
          style={{ borderTop: `4px solid var(--mantine-color-${triageLooks[level].color}-8)` }}
        >
          <Text component="dt" size="sm" fw={600}>
            {triageLooks[level].label}
          </Text>
          <Text component="dd" m={0} fz={32} fw={700} lh={1.1}>
            {counts[level]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
