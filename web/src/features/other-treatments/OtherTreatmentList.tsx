import type { CSSProperties } from 'react';
import type { OtherTreatment } from '@corium/contracts';
import { Badge, Button, Table, Text } from '@mantine/core';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { kindWords, zonesText } from './other-treatment-words';

interface OtherTreatmentListProps {
  records: readonly OtherTreatment[];
  timeZone: string;
  onCorrect: (record: OtherTreatment) => void;
}

/** Every record, newest treatment first; a corrected one stays, struck through, beside its correction. */
export function OtherTreatmentList({ records, timeZone, onCorrect }: OtherTreatmentListProps) {
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
            <RecordRow key={record.id} record={record} timeZone={timeZone} onCorrect={onCorrect} />
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
}: { record: OtherTreatment } & Omit<OtherTreatmentListProps, 'records'>) {
  const corrected = record.supersededBy !== null;
  const struck: CSSProperties | undefined = corrected ? { textDecoration: 'line-through' } : undefined;
  return (
    <Table.Tr>
      <Table.Td style={struck}>{calendarDate(record.date)}</Table.Td>
      <TreatmentCell record={record} struck={struck} />
      <Table.Td style={struck}>{zonesText(record.zones)}</Table.Td>
      <Table.Td style={struck}>{record.givenElsewhere ? 'Elsewhere' : 'At this clinic'}</Table.Td>
      <Table.Td>
        {record.recordedBy.displayName}, {clinicDateTime(record.recordedAt, timeZone)}
      </Table.Td>
      <Table.Td>
        {!corrected && (
          <Button
            variant="default"
            size="sm"
            mih={44}
            aria-label={`Correct the ${kindWords[record.kind].toLowerCase()} of ${calendarDate(record.date)}`}
            onClick={() => onCorrect(record)}
          >
            Correct…
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** What was given, with product and notes, and whether it was corrected or is a correction. */
function TreatmentCell({ record, struck }: { record: OtherTreatment; struck: CSSProperties | undefined }) {
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
      {record.supersededBy && (
        <Badge color="gray" variant="light" ml="xs">
          Corrected
        </Badge>
      )}
      {record.supersedes && (
        <Badge color="blue" variant="light" ml="xs">
          Correction
        </Badge>
      )}
    </Table.Td>
  );
}
