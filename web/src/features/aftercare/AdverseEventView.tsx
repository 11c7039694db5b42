import { useState } from 'react';
import type { AdverseEvent } from '@corium/contracts';
import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { DetailList } from '../../ui/DetailList';
import { downloadText } from '../../ui/download-text';
import { FormProblem } from '../../ui/FormProblem';
import { causalityWords, dayName, outcomeWords, seriousnessWords, severityWords } from './aftercare-words';
import { adverseEventPdfUrl, aftercareApi } from './aftercare-api';

interface AdverseEventViewProps {
  event: AdverseEvent;
  timeZone: string;
}

/** A recorded adverse event, with its regulator-style report as JSON or PDF. */
export function AdverseEventView({ event, timeZone }: AdverseEventViewProps) {
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text fw={700} size="lg">
          {event.termOther ?? event.termLabel}
        </Text>
        <Badge color={event.serious ? 'red.9' : 'gray.7'} autoContrast>
          {event.serious ? 'Serious' : 'Not serious'}
        </Badge>
      </Group>
      <DetailList details={eventDetails(event, timeZone)} />
      <ReportDownloads event={event} />
    </Stack>
  );
}

function eventDetails(event: AdverseEvent, timeZone: string) {
  const device = event.device ? `${event.device.model}, serial ${event.device.serial}` : 'None on the chart';
  return [
    { term: 'What happened', value: event.description },
    { term: 'Onset', value: `${dayName(event.onsetDay)} · ${calendarDate(event.onsetDate)}` },
    { term: 'Severity', value: severityWords[event.severityGrade] ?? String(event.severityGrade) },
    ...(event.serious
      ? [{ term: 'Seriousness', value: event.seriousness.map((s) => seriousnessWords[s]).join(', ') }]
      : []),
    { term: 'Treatment given', value: event.treatmentGiven || 'None recorded' },
    { term: 'Outcome', value: outcomeWords[event.outcome] },
    { term: 'Causality', value: causalityWords[event.causality] },
    { term: 'Device', value: device },
    { term: 'Lots', value: <LinkedLots lots={[...event.cartridgeLots, ...event.topicalLots]} /> },
    { term: 'Recorded', value: `${clinicDateTime(event.recordedAt, timeZone)} by ${event.recordedBy.name}` },
  ];
}

function LinkedLots({ lots }: { lots: AdverseEvent['cartridgeLots'] }) {
  if (lots.length === 0) return 'None on the chart';
  return (
    <List size="sm">
      {lots.map((lot) => (
        <List.Item key={lot.lotId}>
          {lot.product}
          {lot.manufacturer ? ` (${lot.manufacturer})` : ''}, lot {lot.lotNumber}, expires{' '}
          {calendarDate(lot.expiresOn)}
        </List.Item>
      ))}
    </List>
  );
}

function ReportDownloads({ event }: { event: AdverseEvent }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function downloadJson() {
    setBusy(true);
    setFailure(null);
    try {
      const report = await aftercareApi.adverseEventReport(event.patientId, event.id);
      downloadText(`adverse-event-${event.id}.json`, `${JSON.stringify(report, null, 2)}\n`);
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        The report names the patient only by initials, age and sex, for MHRA Yellow Card or FDA MedWatch
        filing.
      </Text>
      <Group gap="sm">
        <Button
          variant="default"
          loading={busy}
          leftSection={<IconDownload size={18} aria-hidden="true" />}
          onClick={() => void downloadJson()}
        >
          Download JSON
        </Button>
        <Button
          component="a"
          href={adverseEventPdfUrl(event.patientId, event.id)}
          download={`adverse-event-${event.id}.pdf`}
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden="true" />}
        >
          Download PDF
        </Button>
      </Group>
      <FormProblem message={failure} />
    </Stack>
  );
}
