import { Stack, Table, Text, Title } from '@mantine/core';
import type { OperationsMonth } from '@corium/contracts';
import { BarChart } from '../../ui/charts/BarChart';
import { decimal, monthName, percent } from './report-words';

/** Sessions, no-shows and cartridges per month of the clinic's calendar. */
export function OperationsSection({ months }: { months: OperationsMonth[] }) {
  const total = (pick: (m: OperationsMonth) => number) => months.reduce((n, m) => n + pick(m), 0);
  const sessions = total((m) => m.signedSessions);
  const noShows = total((m) => m.noShows);
  const due = total((m) => m.completed) + noShows;
  return (
    <Stack gap="md" component="section" aria-labelledby="operations-heading">
      <Title order={2} id="operations-heading">
        Operations
      </Title>
      <Text size="sm">
        The whole clinic (the filters above apply to the clinical figures only): {sessions} signed sessions,{' '}
        {percent(due ? noShows / due : null)} no-shows of the visits that were due,{' '}
        {total((m) => m.cartridges)} cartridges (
        {decimal(sessions ? total((m) => m.cartridges) / sessions : null, 2)} per session).
      </Text>
      <OperationsCharts months={months} />
      <OperationsTable months={months} />
    </Stack>
  );
}

function OperationsCharts({ months }: { months: OperationsMonth[] }) {
  return (
    <Stack gap="xl">
      <BarChart
        title="Signed sessions per month"
        description="Treatment sessions charted and signed, by the month they started."
        valueHeading="Sessions"
        bars={months.map((m) => ({
          label: monthName(m.month),
          value: m.signedSessions,
          display: String(m.signedSessions),
        }))}
      />
      <BarChart
        title="No-show rate per month"
        description="No-shows of the visits that were due (completed or no-show; cancelled ones left out)."
        max={1}
        valueHeading="No-show rate"
        noteHeading="No-shows"
        bars={months.map((m) => ({
          label: monthName(m.month),
          value: m.noShowRate,
          display: percent(m.noShowRate),
          note: `${m.noShows} of ${m.completed + m.noShows}`,
        }))}
      />
    </Stack>
  );
}

function OperationsTable({ months }: { months: OperationsMonth[] }) {
  return (
    <Table striped withTableBorder>
      <Table.Caption>Operations by month</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {[
            'Month',
            'Visits',
            'Completed',
            'No-shows',
            'Cancelled',
            'Signed sessions',
            'Cartridges',
            'Per session',
          ].map((h) => (
            <Table.Th key={h} scope="col">
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((m) => (
          <Table.Tr key={m.month}>
            <Table.Th scope="row">{monthName(m.month)}</Table.Th>
            <Table.Td>{m.appointments}</Table.Td>
            <Table.Td>{m.completed}</Table.Td>
            <Table.Td>{m.noShows}</Table.Td>
            <Table.Td>{m.cancelled}</Table.Td>
            <Table.Td>{m.signedSessions}</Table.Td>
            <Table.Td>{m.cartridges}</Table.Td>
            <Table.Td>{decimal(m.cartridgesPerSession, 2)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
