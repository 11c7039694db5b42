import { useCallback, useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconMail } from '@tabler/icons-react';
import type { Recall, RecallAffected, RecallNotifyResult } from '@corium/contracts';
import { Link, useParams } from 'react-router-dom';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { affectedCsvUrl, recalledThing, recallsApi } from './recalls-api';

/** One recall: what, why, every affected session with whom to call, the CSV and the one-time notice. */
export function RecallPage() {
  usePageTitle('Recall');
  const { recallId = '' } = useParams();
  const load = useCallback(() => recallsApi.affected(recallId), [recallId]);
  const { resource, reload } = useResource(load);
  return (
    <Stack gap="lg" maw={1180}>
      <Anchor component={Link} to="/staff/recalls">
        ← All recalls
      </Anchor>
      {resource.status === 'loading' && <SectionLoader label="Loading the affected patients…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The recall could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && <RecallDetail affected={resource.data} onNotified={reload} />}
    </Stack>
  );
}

function RecallDetail({ affected, onNotified }: { affected: RecallAffected; onNotified: () => void }) {
  const { recall, patientCount } = affected;
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<RecallNotifyResult | null>(null);
  return (
    <>
      <RecallSummary recall={recall} />
      <Group gap="sm">
        <Button
          component="a"
          href={affectedCsvUrl(recall.id)}
          download
          variant="default"
          size="md"
          leftSection={<IconDownload size={18} aria-hidden="true" />}
        >
          Download CSV
        </Button>
        {!recall.notified && patientCount > 0 && (
          <Button
            size="md"
            leftSection={<IconMail size={18} aria-hidden="true" />}
            onClick={() => setConfirming(true)}
          >
            Notify {patientCount} {patientCount === 1 ? 'patient' : 'patients'}
          </Button>
        )}
      </Group>
      <div role="status" aria-live="polite">
        <NotifiedNotice recall={recall} result={result} />
      </div>
      <AffectedTable affected={affected} />
      <ConfirmDialog
        opened={confirming}
        title={`Notify ${patientCount} ${patientCount === 1 ? 'patient' : 'patients'}?`}
        confirmLabel="Send the notice"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          setResult(await recallsApi.notify(recall.id));
          onNotified();
        }}
      >
        Each patient with an e-mail address receives one plain message saying what was recalled and that the
        clinic will contact them. It can be sent once for this recall.
      </ConfirmDialog>
    </>
  );
}

function RecallSummary({ recall }: { recall: Recall }) {
  const { timeZone } = useCurrentUser().clinic;
  const { period } = recall;
  return (
    <div>
      <Title order={1}>{recalledThing(recall)}</Title>
      <Text>{recall.reason}</Text>
      <Text size="sm" c="dimmed">
        Recalled {clinicDateTime(recall.createdAt, timeZone)} by {recall.createdBy.name}
        {recall.reference && ` · reference ${recall.reference}`}
        {period &&
          ` · sessions from ${clinicDateTime(period.from, timeZone)} until ${clinicDateTime(period.until, timeZone)}`}
      </Text>
    </div>
  );
}

function NotifiedNotice({ recall, result }: { recall: Recall; result: RecallNotifyResult | null }) {
  const { timeZone } = useCurrentUser().clinic;
  if (!recall.notified) return null;
  const unreachable = result?.withoutEmail ?? [];
  return (
    <Alert color="green" title="Patients notified">
      {clinicDateTime(recall.notified.at, timeZone)} by {recall.notified.by.name}.
      {result && ` ${result.emailed} e-mailed.`}
      {unreachable.length > 0 &&
        ` No e-mail address — please phone: ${unreachable.map((p) => p.name).join(', ')}.`}
    </Alert>
  );
}

function AffectedTable({ affected }: { affected: RecallAffected }) {
  if (affected.sessions.length === 0)
    return (
      <Card withBorder>
        <Text>No charted session used it: no patient is affected.</Text>
      </Card>
    );
  return (
    <Card component="section" aria-labelledby="affected-heading" withBorder>
      <Title order={2} size="h4" id="affected-heading" mb="sm">
        Affected patients ({affected.patientCount}) and sessions ({affected.sessions.length})
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="sm" aria-label="Affected patients and sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Date of birth</Table.Th>
              <Table.Th>Contact</Table.Th>
              <Table.Th>Session</Table.Th>
              <Table.Th>Practitioner</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {affected.sessions.map((s) => (
              <Table.Tr key={s.sessionId}>
                <Table.Td>
                  <Anchor component={Link} to={`/staff/patients/${s.patient.id}`}>
                    {s.patient.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{calendarDate(s.patient.dateOfBirth)}</Table.Td>
                <Table.Td>
                  {s.patient.phone && <Text size="sm">{s.patient.phone}</Text>}
                  {s.patient.email && <Text size="sm">{s.patient.email}</Text>}
                  {!s.patient.phone && !s.patient.email && <Text size="sm">No contact details</Text>}
                </Table.Td>
                <Table.Td>
                  {calendarDate(s.sessionDate)}
                  {!s.signed && <Text size="sm">Chart not signed yet</Text>}
                </Table.Td>
                <Table.Td>{s.practitioner.name}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
