import { useEffect, useRef, type ReactNode } from 'react';
import type { CheckInOutcome } from '@corium/contracts';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconPhone } from '@tabler/icons-react';
import { triageLooks } from './aftercare-words';

interface CheckInOutcomeViewProps {
  outcome: CheckInOutcome;
  /** The clinic's wall clock for "the clinic will contact you by …". */
  timeZone: string | null;
  /** Where the patient goes next (their recovery page in the portal; nothing after a link). */
  after?: ReactNode;
}

function respondsByText(instant: string, timeZone: string | null): string {
  return new Intl.DateTimeFormat(undefined, {
    ...(timeZone ? { timeZone } : {}),
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(instant));
}

/**
 * What happens next, said at once. An emergency comes first and alone in red: call emergency
 * services now, with the number as a button a phone can dial.
 */
export function CheckInOutcomeView({ outcome, timeZone, after }: CheckInOutcomeViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The answer replaces a long form: start at the top, where an emergency instruction sits.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  const { nextStep } = outcome;
  const look = triageLooks[outcome.level];

  return (
    <Stack gap="lg">
      {nextStep.callEmergencyServices && <EmergencyCall number={nextStep.emergencyNumber} />}
      <Card withBorder style={{ borderColor: `var(--mantine-color-${look.color}-7)`, borderWidth: 2 }}>
        <Stack gap="sm">
          {outcome.level === 'expected' ? (
            <IconCircleCheck size={40} color="var(--mantine-color-green-8)" aria-hidden="true" />
          ) : (
            <IconAlertTriangle size={40} color={`var(--mantine-color-${look.color}-9)`} aria-hidden="true" />
          )}
          <Title order={1} size="h2" ref={headingRef} tabIndex={-1}>
            {nextStep.headline}
          </Title>
          <Text size="lg">{nextStep.body}</Text>
          {nextStep.clinicRespondsBy && (
            <Group
              gap="xs"
              wrap="nowrap"
              bg="corium.0"
              p="sm"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            >
              <IconClock size={22} aria-hidden="true" />
              <Text fw={600}>
                The clinic will contact you by {respondsByText(nextStep.clinicRespondsBy, timeZone)}.
              </Text>
            </Group>
          )}
        </Stack>
      </Card>
      {after}
    </Stack>
  );
}

function EmergencyCall({ number }: { number: string | null }) {
  return (
    <Alert
      role="alert"
      color="red"
      variant="filled"
      radius="lg"
      p="lg"
      icon={<IconAlertTriangle size={32} aria-hidden="true" />}
      styles={{
        message: { color: 'white' },
        title: { color: 'white', fontSize: 'var(--mantine-font-size-xl)' },
      }}
      title={number ? `Call ${number} now` : 'Call emergency services now'}
    >
      <Stack gap="md">
        <Text c="white" size="lg" fw={600}>
          Your answers may mean a serious reaction. Do not wait for the clinic: call emergency services now
          {number ? ` on ${number}` : ''}, or go to the nearest emergency department.
        </Text>
        {number && (
          <Button
            component="a"
            href={`tel:${number}`}
            size="xl"
            color="white"
            c="red.9"
            leftSection={<IconPhone size={24} aria-hidden="true" />}
            fullWidth
          >
            Call {number}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
