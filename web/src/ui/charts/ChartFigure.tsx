import { useId, useState, type ReactNode } from 'react';
import { Button, Stack, Table, Text, Title } from '@mantine/core';

/** One row of a chart's table: what it is (a group, a date), its value in words, a note. */
export interface ChartRow {
  key: string;
  heading: string;
  display: string;
  note?: string | undefined;
}

interface ChartFigureProps {
  title: string;
  description: string;
  /** Said instead of the chart when there is nothing to draw. */
  empty: string;
  rows: readonly ChartRow[];
  rowHeading: string;
  valueHeading: string;
  noteHeading?: string | undefined;
  /** The drawn chart, given its accessible name and the id of its description. */
  picture: (label: string, describedBy: string) => ReactNode;
  /** Every value in words, for the picture's accessible name. */
  summary: string;
  /** Widest the picture and the table grow, in CSS pixels. */
  width: number;
}

/**
 * What every chart shares: a titled figure, its description, and the same numbers as a table a
 * click away — for screen readers that prefer tables and for anyone who wants exact figures.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { title, description, empty, rows, picture, summary } = props;
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby={`${id}-title`}>
      <Title order={3} id={`${id}-title`} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed" id={`${id}-description`}>
        {description}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : asTable ? (
        <ChartTable {...props} />
      ) : (
        picture(`${title}. ${summary}`, `${id}-description`)
      )}
      {rows.length > 0 && (
        <Button
          variant="subtle"
          size="md"
          w="fit-content"
          onClick={() => setAsTable((t) => !t)}
          aria-pressed={asTable}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      )}
    </Stack>
  );
}

function ChartTable({ title, rows, rowHeading, valueHeading, noteHeading, width }: ChartFigureProps) {
  return (
    <Table striped withTableBorder maw={width}>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{rowHeading}</Table.Th>
          <Table.Th scope="col">{valueHeading}</Table.Th>
          {noteHeading && <Table.Th scope="col">{noteHeading}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row">{row.heading}</Table.Th>
            <Table.Td>{row.display}</Table.Td>
            {noteHeading && <Table.Td>{row.note ?? ''}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
