import type { CSSProperties } from 'react';
import type { OtherTreatment } from '@corium/contracts';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { kindWords, zonesText } from './other-treatment-words';

interface OtherTreatmentListProps {
  records: readonly OtherTreatment[];
  timeZone: string;
  onCorrect: (record: OtherTreatment) => void;
  onEnteredInError: (record: OtherTreatment) => void;
}

/**
 * Every record, newest treatment first; a corrected one stays, struck through, beside its
 * correction, and one entered in error stays struck through with the reason.
 */
export function OtherTreatmentList({ records, ...actions }: OtherTreatmentListProps) {
  if (records.length === 0) return <Text>No toxin, filler, peel or laser treatments recorded.</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder aria-label="Other treatments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date given</Table.Th>
            <Table.Th scope="col">Treatment</Table.Th>
            <Table.Th scope="col">Zones</Table.Th>
            <Table.Th scope="col">Where</Table.Th>
            <Table.Th scope="col">Recorded</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((record) => (
            <RecordRow key={record.id} record={record} {...actions} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RecordRow({
  record,
  timeZone,
  onCorrect,
  onEnteredInError,
}: { record: OtherTreatment } & Omit<OtherTreatmentListProps, 'records'>) {
  // Corrected and withdrawn records alike are superseded: no longer current.
  const current = record.supersededBy === null;
  const struck: CSSProperties | undefined = current ? undefined : { textDecoration: 'line-through' };
  const what = `the ${kindWords[record.kind].toLowerCase()} of ${calendarDate(record.date)}`;
  return (
    <Table.Tr>
      <Table.Td style={struck}>{calendarDate(record.date)}</Table.Td>
      <TreatmentCell record={record} struck={struck} timeZone={timeZone} />
      <Table.Td style={struck}>{zonesText(record.zones)}</Table.Td>
      <Table.Td style={struck}>{record.givenElsewhere ? 'Elsewhere' : 'At this clinic'}</Table.Td>
      <Table.Td>
        {record.recordedBy.displayName}, {clinicDateTime(record.recordedAt, timeZone)}
      </Table.Td>
      <Table.Td>
        {current && (
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              size="sm"
              mih={44}
              aria-label={`Correct ${what}`}
              onClick={() => onCorrect(record)}
            >
              Correct…
            </Button>
            <Button
              variant="default"
              size="sm"
              mih={44}
              aria-label={`Mark ${what} entered in error`}
              onClick={() => onEnteredInError(record)}
            >
              Entered in error…
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

interface TreatmentCellProps {
  record: OtherTreatment;
  struck: CSSProperties | undefined;
  timeZone: string;
}

/** What was given, with product and notes; whether it was corrected, is a correction, or was entered in error. */
function TreatmentCell({ record, struck, timeZone }: TreatmentCellProps) {
  const withdrawn = record.enteredInError;
  return (
    <Table.Td>
      <Text span style={struck}>
        {kindWords[record.kind]}
      </Text>
      {record.product && (
        <Text size="sm" c="dimmed" style={struck}>
          {record.product}
        </Text>
      )}
      {record.notes && (
        <Text size="sm" c="dimmed" style={struck}>
          {record.notes}
        </Text>
      )}
      {record.supersededBy && !withdrawn && (
        <Badge color="gray" variant="light" ml="xs">
          Corrected
        </Badge>
      )}
      {record.supersedes && (
        <Badge color="blue" variant="light" ml="xs">
          Correction
        </Badge>
      )}
      {withdrawn && (
        <Text size="sm" fw={500}>
          Entered in error — {withdrawn.reason} ({withdrawn.by.displayName},{' '}
          {clinicDateTime(withdrawn.at, timeZone)})
        </Text>
      )}
    </Table.Td>
  );
}
