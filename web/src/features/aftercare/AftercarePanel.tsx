import { useCallback, useState } from 'react';
import type { PatientAftercare } from '@corium/contracts';
import { Accordion, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { calendarDate } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { aftercareApi } from './aftercare-api';
import { AdverseEventView } from './AdverseEventView';
import { AlertDialogs, type AlertDialog } from './AlertDialogs';
import { AlertList } from './AlertList';
import { PlanCard } from './PlanCard';

/** The patient record's Aftercare tab: alerts first, then each plan with its check-ins, then adverse events. */
export function AftercarePanel({ patientId }: { patientId: string }) {
  const load = useCallback(() => aftercareApi.patient(patientId), [patientId]);
  const { resource, reload } = useResource(load);
  const [dialog, setDialog] = useState<AlertDialog | null>(null);
  if (resource.status === 'loading') return <SectionLoader label="Loading aftercare…" />;
  if (resource.status === 'failed') {
    return <LoadProblem title="Aftercare could not be loaded" error={resource.error} onRetry={reload} />;
  }
  const aftercare = resource.data;
  if (aftercare.plans.length === 0) {
    return <Text>No aftercare plans yet. A plan is made when a session’s chart is signed.</Text>;
  }
  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby="aftercare-alerts" gap="sm">
        <Title order={2} size="h3" id="aftercare-alerts">
          Alerts
        </Title>
        {aftercare.alerts.length === 0 ? (
          <Text>No alerts: every answered check-in was as expected.</Text>
        ) : (
          <AlertList alerts={aftercare.alerts} onChanged={reload} onDialog={setDialog} />
        )}
      </Stack>
      <Stack component="section" aria-labelledby="aftercare-plans" gap="sm">
        <Title order={2} size="h3" id="aftercare-plans">
          Plans
        </Title>
        {aftercare.plans.map((plan) => (
          <PlanCard key={plan.id} plan={plan} />
        ))}
      </Stack>
      <AdverseEvents
        aftercare={aftercare}
        onRecord={(sessionId) => setDialog({ kind: 'record', patientId, sessionId, alert: null })}
      />
      <AlertDialogs dialog={dialog} onClose={() => setDialog(null)} onChanged={reload} />
    </Stack>
  );
}

interface AdverseEventsProps {
  aftercare: PatientAftercare;
  onRecord: (sessionId: string) => void;
}

function AdverseEvents({ aftercare, onRecord }: AdverseEventsProps) {
  const { user, clinic } = useCurrentUser();
  const latest = aftercare.plans[0]!;
  return (
    <Stack component="section" aria-labelledby="aftercare-events" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="aftercare-events">
          Adverse events
        </Title>
        {may(user.role, 'recordAdverseEvents') && (
          <Button
            variant="default"
            leftSection={<IconFileCertificate size={18} aria-hidden="true" />}
            onClick={() => onRecord(latest.sessionId)}
          >
            Record for the {calendarDate(latest.treatmentDate)} session
          </Button>
        )}
      </Group>
      {aftercare.adverseEvents.length === 0 ? (
        <Text>No adverse events recorded.</Text>
      ) : (
        <Accordion variant="separated">
          {aftercare.adverseEvents.map((event) => (
            <Accordion.Item key={event.id} value={event.id}>
              <Accordion.Control>
                {event.termOther ?? event.termLabel} · onset {calendarDate(event.onsetDate)}
              </Accordion.Control>
              <Accordion.Panel>
                <AdverseEventView event={event} timeZone={clinic.timeZone} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}
