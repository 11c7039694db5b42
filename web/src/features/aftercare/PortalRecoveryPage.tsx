import { useCallback } from 'react';
import type { AftercarePlan, PortalRecovery, TimelineDay } from '@corium/contracts';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardHeart, IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { calendarDate } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { modalityWords } from '../screening/screening-words';
import { dayName, delayReasonWords, shortDate } from './aftercare-words';
import { portalAftercareApi } from './aftercare-api';
import { DayAdvice } from './DayAdvice';
import { MilestoneTiles } from './MilestoneTiles';
import { RecoveryDays } from './RecoveryDays';
import { focusDay } from './recovery-view';

/** "Your recovery": today first, then what comes back when, then every day of the fortnight. */
export function PortalRecoveryPage() {
  usePageTitle('Your recovery');
  const load = useCallback(() => portalAftercareApi.recovery(), []);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="xl">
      <Title order={1}>Your recovery</Title>
      {resource.status === 'loading' && <SectionLoader label="Loading your recovery plan…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your recovery plan could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && <Recovery recovery={resource.data} />}
    </Stack>
  );
}

function Recovery({ recovery }: { recovery: PortalRecovery }) {
  const { plan, dueCheckInId } = recovery;
  if (!plan) {
    return (
      <Text size="lg">
        No recovery plan yet. After a treatment, your aftercare appears here day by day: what is normal, what
        to do and avoid, and when make-up, sunscreen, skincare and exercise come back.
      </Text>
    );
  }
  const today = plan.today === null ? null : focusDay(plan.days, plan.today);
  return (
    <>
      <PlanHeading plan={plan} />
      {plan.status === 'cancelled' && (
        <Alert color="gray" icon={<IconInfoCircle aria-hidden="true" />} title="The clinic closed this plan">
          You will get no more messages or check-ins for this treatment. Call the clinic with any question.
        </Alert>
      )}
      {dueCheckInId && plan.status === 'active' && <CheckInDue checkInId={dueCheckInId} />}
      {today && <TodayCard day={today} />}
      <Milestones plan={plan} />
      <Stack component="section" aria-labelledby="days-heading" gap="sm">
        <Title order={2} size="h3" id="days-heading">
          Day by day
        </Title>
        <RecoveryDays days={plan.days} today={plan.today} openDay={today?.day ?? null} />
      </Stack>
      <WhenToGetHelp />
    </>
  );
}

function TodayCard({ day }: { day: TimelineDay }) {
  return (
    <Card
      component="section"
      aria-labelledby="today-heading"
      bg="corium.0"
      style={{ borderColor: 'var(--mantine-color-corium-7)', borderWidth: 2 }}
    >
      <Title order={2} size="h3" id="today-heading" mb="sm">
        Today · {dayName(day.day)} · {shortDate(day.date)}
      </Title>
      <DayAdvice day={day} headingOrder={3} />
    </Card>
  );
}

function Milestones({ plan }: { plan: AftercarePlan }) {
  const { days, reasons } = plan.resumeDelay;
  return (
    <Stack component="section" aria-labelledby="milestones-heading" gap="sm">
      <Title order={2} size="h3" id="milestones-heading">
        When things come back
      </Title>
      {days > 0 && (
        <Text>
          Because of {reasons.map((reason) => delayReasonWords[reason]).join(' and ')}, some of these come
          back {days} day{days === 1 ? '' : 's'} later than after a lighter treatment.
        </Text>
      )}
      <MilestoneTiles milestones={plan.milestones} today={plan.today} />
    </Stack>
  );
}

function PlanHeading({ plan }: { plan: AftercarePlan }) {
  const lastDay = plan.days.at(-1)?.day ?? 14;
  return (
    <Stack gap={2}>
      <Text size="lg" fw={600}>
        {plan.today === null ? 'Your recovery days are over' : `${dayName(plan.today)} of ${lastDay}`}
      </Text>
      <Text c="dimmed">
        {modalityWords[plan.modality]} on {calendarDate(plan.treatmentDate)}
      </Text>
    </Stack>
  );
}

function CheckInDue({ checkInId }: { checkInId: string }) {
  return (
    <Card component="section" aria-labelledby="check-in-due-heading" shadow="sm">
      <Group wrap="nowrap" align="flex-start" gap="md">
        <IconClipboardHeart size={36} color="var(--mantine-color-corium-7)" aria-hidden="true" />
        <Stack gap="sm" style={{ flex: 1 }}>
          <Title order={2} size="h3" id="check-in-due-heading">
            Your check-in is open
          </Title>
          <Text>Two minutes of questions about your skin today. The clinic reads every answer.</Text>
          <Button component={Link} to={`/portal/recovery/check-in/${checkInId}`} size="lg" fullWidth>
            Check in now
          </Button>
        </Stack>
      </Group>
    </Card>
  );
}

/** §5.3 in a patient's words: check-ins catch most problems, but some cannot wait for one. */
function WhenToGetHelp() {
  return (
    <Card
      component="section"
      aria-labelledby="get-help-heading"
      style={{ borderColor: 'var(--mantine-color-red-9)' }}
    >
      <Title order={2} size="h4" id="get-help-heading" mb="xs">
        When not to wait
      </Title>
      <Stack gap="xs">
        <Text size="sm">
          Call emergency services at once for difficulty breathing, swelling of the lips or tongue, or a high
          fever with spreading redness and feeling very unwell.
        </Text>
        <Text size="sm">
          Call the clinic the same day for pus or yellow crusts, a fever of 38 °C or more, redness spreading
          beyond the treated skin, pain that gets worse after day 2, or clusters of small blisters.
        </Text>
      </Stack>
    </Card>
  );
}
