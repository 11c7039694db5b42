import type { SeriesSchedule } from '@corium/contracts';
import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { calendarDate } from '../../lib/clinic-time';
import { concernName, itemWords, stateWords } from './outcome-words';

const statusWords = { active: 'in progress', completed: 'completed', stopped: 'stopped' } as const;

type Audience = 'staff' | 'patient';

/** A point's date, or when it will have one: a session's day once it starts, follow-ups once the course ends. */
const dateWords = (item: SeriesSchedule['items'][number]): string =>
  item.dueOn
    ? calendarDate(item.dueOn)
    : item.timepoint === 'before_session'
      ? 'On the day of that session'
      : 'When the course is finished';

/** Each course's points of measurement: baseline, before each session, 3 and 6 months after. */
export function ScheduleList({
  schedule,
  audience,
}: {
  schedule: readonly SeriesSchedule[];
  audience: Audience;
}) {
  return (
    <Stack component="section" aria-labelledby="outcome-schedule" gap="sm">
      <Title order={2} size="h3" id="outcome-schedule">
        {audience === 'staff' ? 'Follow-up schedule' : 'When we look at your results'}
      </Title>
      {schedule.length === 0 && <Text>No course of treatment is planned yet.</Text>}
      {schedule.map((series, i) => (
        <SeriesTable key={series.seriesId} series={series} number={i + 1} audience={audience} />
      ))}
    </Stack>
  );
}

function SeriesTable({
  series,
  number,
  audience,
}: {
  series: SeriesSchedule;
  number: number;
  audience: Audience;
}) {
  return (
    <Table withTableBorder striped maw={760}>
      <Table.Caption>
        Course {number}: {series.concerns.map(concernName).join(', ')} — {series.sessionsSigned} of{' '}
        {series.sessionsPlanned} sessions done, {statusWords[series.status]}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Point</Table.Th>
          <Table.Th scope="col">Date</Table.Th>
          <Table.Th scope="col">{audience === 'staff' ? 'Clinician score' : 'Status'}</Table.Th>
          {audience === 'staff' && <Table.Th scope="col">Patient’s questionnaire</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {series.items.map((item) => (
          <Table.Tr key={`${item.timepoint}-${item.sessionNumber ?? ''}`}>
            <Table.Th scope="row">{itemWords(item)}</Table.Th>
            <Table.Td>{dateWords(item)}</Table.Td>
            <Table.Td>
              <Badge color={stateWords[item.state].color} variant="light">
                {stateWords[item.state].label}
              </Badge>
            </Table.Td>
            {audience === 'staff' && <Table.Td>{item.patientDone ? 'Answered' : '—'}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
