import { useState } from 'react';
import type { AftercareAlert } from '@corium/contracts';
import { Anchor, Badge, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconCheck, IconClock, IconFileCertificate } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { describeError } from '../../lib/api';
import { clinicDateTime } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { useNow } from '../../ui/use-now';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { alertMeaning, alertStatusWords, timerTextColors, triageLooks } from './aftercare-words';
import { aftercareApi } from './aftercare-api';
import { responseTimer } from './response-timer';

interface AlertCardProps {
  alert: AftercareAlert;
  timeZone: string;
  /** Ask for the latest dashboard after a change. */
  onChanged: () => void;
  onResolve: (alert: AftercareAlert) => void;
  onRecordEvent: (alert: AftercareAlert) => void;
}

/** One alert: who, why, the time left to respond, and what can be done about it. */
export function AlertCard({ alert, timeZone, onChanged, onResolve, onRecordEvent }: AlertCardProps) {
  const look = triageLooks[alert.level];
  return (
    <Card
      component="li"
      aria-label={`${look.label} alert for ${alert.patient.name}`}
      style={{ borderLeft: `6px solid var(--mantine-color-${look.color}-8)` }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Anchor
              component={Link}
              to={`/staff/patients/${alert.patient.id}?tab=aftercare`}
              fw={700}
              size="lg"
            >
              {alert.patient.name}
            </Anchor>
            <Text size="sm">
              {alert.checkInDay === null ? 'Reported' : `Day ${alert.checkInDay} check-in`} · raised{' '}
              {clinicDateTime(alert.raisedAt, timeZone)}
            </Text>
          </Stack>
          <Badge color={look.badge} autoContrast size="lg">
            {look.label}
          </Badge>
        </Group>
        <Text size="sm" fw={600}>
          {alertMeaning[alert.level]}
        </Text>
        <List size="sm" spacing={4}>
          {alert.reasons.map((reason) => (
            <List.Item key={reason.code}>{reason.staffText}</List.Item>
          ))}
        </List>
        <AlertState alert={alert} timeZone={timeZone} />
        <AlertActions
          alert={alert}
          onChanged={onChanged}
          onResolve={onResolve}
          onRecordEvent={onRecordEvent}
        />
      </Stack>
    </Card>
  );
}

function AlertState({ alert, timeZone }: { alert: AftercareAlert; timeZone: string }) {
  const now = useNow();
  if (alert.acknowledged) {
    return (
      <Stack gap={2}>
        <Text size="sm">
          {alertStatusWords.acknowledged} by {alert.acknowledged.by.name} at{' '}
          {clinicDateTime(alert.acknowledged.at, timeZone)}
        </Text>
        {alert.resolved && (
          <Text size="sm">
            {alertStatusWords.resolved} by {alert.resolved.by.name} at{' '}
            {clinicDateTime(alert.resolved.at, timeZone)}: {alert.resolved.note}
          </Text>
        )}
      </Stack>
    );
  }
  const timer = responseTimer(alert.respondBy, now);
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap" c={timerTextColors[timer.tone]}>
        <IconClock size={18} aria-hidden="true" />
        <Text role="timer" fw={700} c="inherit">
          Respond by {clinicDateTime(alert.respondBy, timeZone)} · {timer.text}
        </Text>
      </Group>
      {alert.escalatedAt && (
        <Text size="sm" c="red.9" fw={600}>
          Not acknowledged in time: the medical director was told at{' '}
          {clinicDateTime(alert.escalatedAt, timeZone)}.
        </Text>
      )}
      <Text size="sm" c="dimmed">
        Sent to {alert.recipients.map((person) => person.name).join(', ') || 'the on-call list'}
      </Text>
    </Stack>
  );
}

interface AlertActionsProps {
  alert: AftercareAlert;
  onChanged: () => void;
  onResolve: (alert: AftercareAlert) => void;
  onRecordEvent: (alert: AftercareAlert) => void;
}

function useAcknowledge(alertId: string, onChanged: () => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function acknowledge() {
    setBusy(true);
    setFailure(null);
    try {
      await aftercareApi.acknowledge(alertId);
      onChanged();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, failure, acknowledge };
}

function AlertActions({ alert, onChanged, onResolve, onRecordEvent }: AlertActionsProps) {
  const { role } = useCurrentUser().user;
  const mayHandle = may(role, 'handleAftercareAlerts');
  const mayRecord = may(role, 'recordAdverseEvents');
  const { busy, failure, acknowledge } = useAcknowledge(alert.id, onChanged);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        {mayHandle && alert.status === 'open' && (
          <Button
            loading={busy}
            leftSection={<IconCheck size={18} aria-hidden="true" />}
            onClick={() => void acknowledge()}
          >
            Acknowledge
          </Button>
        )}
        {mayRecord && alert.adverseEventId === null && (
          <Button
            variant="default"
            leftSection={<IconFileCertificate size={18} aria-hidden="true" />}
            onClick={() => onRecordEvent(alert)}
          >
            Record adverse event
          </Button>
        )}
        {alert.adverseEventId !== null && (
          <Badge variant="outline" color="gray" size="lg">
            Adverse event recorded
          </Badge>
        )}
        {mayHandle && alert.status !== 'resolved' && (
          <Button variant="default" onClick={() => onResolve(alert)}>
            Resolve…
          </Button>
        )}
      </Group>
      <FormProblem message={failure} />
    </Stack>
  );
}
