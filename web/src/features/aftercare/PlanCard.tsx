import type { PatientAftercare } from '@corium/contracts';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { depthText, modalityWords, zoneWords } from '../screening/screening-words';
import { dayName, delayReasonWords } from './aftercare-words';
import { CheckInTable } from './CheckInTable';
import { SymptomCharts } from './SymptomCharts';

type StaffPlan = PatientAftercare['plans'][number];

const statusLooks = {
  active: { label: 'Active', color: 'green.9' },
  completed: { label: 'Completed', color: 'gray.7' },
  cancelled: { label: 'Stopped', color: 'gray.7' },
} as const;

/** One plan as staff see it: what it was built from, when things resume, and every check-in. */
export function PlanCard({ plan }: { plan: StaffPlan }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Card component="section" aria-labelledby={`plan-${plan.id}`}>
      <Stack gap="md">
        <PlanHeader plan={plan} />
        {plan.cancelled && (
          <Text size="sm">
            Stopped by {plan.cancelled.by.name} at {clinicDateTime(plan.cancelled.at, timeZone)}:{' '}
            {plan.cancelled.reason}
          </Text>
        )}
        <Text size="sm">{milestoneSummary(plan)}</Text>
        <Stack gap="xs">
          <Title order={4}>Scores over the days</Title>
          <Text size="sm" c="dimmed">
            0 none at the bottom to 3 severe at the top; the dashed line is mild, orange dots moderate or
            worse.
          </Text>
          <SymptomCharts checkIns={plan.checkIns} />
        </Stack>
        <Stack gap="xs">
          <Title order={4}>Check-ins</Title>
          <CheckInTable checkIns={plan.checkIns} timeZone={timeZone} />
        </Stack>
      </Stack>
    </Card>
  );
}

function PlanHeader({ plan }: { plan: StaffPlan }) {
  const status = statusLooks[plan.status];
  const depth = plan.deepestMm !== null ? ` · deepest ${depthText(plan.deepestMm)}` : '';
  const today = plan.today === null ? 'recovery days over' : `today is ${dayName(plan.today).toLowerCase()}`;
  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={2}>
        <Title order={3} id={`plan-${plan.id}`}>
          {modalityWords[plan.modality]} on {calendarDate(plan.treatmentDate)}
        </Title>
        <Text size="sm">
          {plan.zones.map((zone) => zoneWords[zone]).join(', ')}
          {depth}
        </Text>
        <Text size="sm" c="dimmed">
          Timeline {plan.timelineVersion} · {today}
        </Text>
      </Stack>
      <Badge color={status.color} autoContrast>
        {status.label}
      </Badge>
    </Group>
  );
}

function milestoneSummary(plan: StaffPlan): string {
  const { days, reasons } = plan.resumeDelay;
  const delay =
    days === 0
      ? 'Milestones on the standard days.'
      : `Milestones ${days} day${days === 1 ? '' : 's'} later for ${reasons.map((r) => delayReasonWords[r]).join(' and ')}.`;
  const list = plan.milestones.map((m) => `${m.title}: ${dayName(m.day).toLowerCase()}`).join(' · ');
  return `${delay} ${list}`;
}
