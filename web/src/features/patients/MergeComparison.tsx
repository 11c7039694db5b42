import type { ReactNode } from 'react';
import type { MergeMoves, PatientRecord } from '@corium/contracts';
import { Table, Text } from '@mantine/core';
import { calendarDate } from '../../lib/clinic-time';
import { patientName } from '../patient-record/ContactDetails';
import { languageName } from '../patient-record/languages';
import { concernWords, fitzpatrickWords, inConcernOrder, sexWords } from '../patient-record/patient-words';
import { Lines } from '../../ui/Lines';

type Filled = MergeMoves['filled'][number];

interface Row {
  term: string;
  show: (patient: PatientRecord) => ReactNode;
  /** Set when the merge can take this field from the duplicate. */
  field?: Filled;
}

const orNone = (text: string | null): string => (text === null || text === '' ? '—' : text);
const clinicalOf = (patient: PatientRecord) => patient.clinical ?? { fitzpatrickType: null, notes: null };

const rows: Row[] = [
  { term: 'Name', show: patientName },
  { term: 'Date of birth', show: (p) => calendarDate(p.dateOfBirth) },
  { term: 'Sex', show: (p) => sexWords[p.sex], field: 'sex' },
  { term: 'Phone', show: (p) => orNone(p.phone), field: 'phone' },
  { term: 'E-mail', show: (p) => orNone(p.email), field: 'email' },
  { term: 'Preferred language', show: (p) => languageName(p.preferredLanguage) },
  { term: 'Address', show: (p) => (p.address ? <Lines text={p.address} /> : '—'), field: 'address' },
  {
    term: 'Emergency contact',
    show: (p) => (p.emergencyContact ? `${p.emergencyContact.name}, ${p.emergencyContact.phone}` : '—'),
    field: 'emergencyContact',
  },
  {
    term: 'Concerns',
    show: (p) =>
      orNone(
        inConcernOrder(p.concerns)
          .map((c) => concernWords[c])
          .join(', '),
      ),
    field: 'concerns',
  },
];

const clinicalRows: Row[] = [
  {
    term: 'Fitzpatrick skin type',
    show: (p) => fitzpatrickWords(clinicalOf(p).fitzpatrickType),
    field: 'fitzpatrickType',
  },
  {
    term: 'Clinical notes',
    show: (p) => (clinicalOf(p).notes ? <Lines text={clinicalOf(p).notes!} /> : '—'),
    field: 'notes',
  },
];

/** What the kept record will hold for one field once merged. */
function after(row: Row, survivor: PatientRecord, duplicate: PatientRecord, filled: Filled[]): ReactNode {
  if (!row.field || !filled.includes(row.field)) return row.show(survivor);
  if (row.field === 'concerns') {
    const united = { ...survivor, concerns: [...new Set([...survivor.concerns, ...duplicate.concerns])] };
    return <FromDuplicate note="both records’ concerns">{row.show(united)}</FromDuplicate>;
  }
  if (row.field === 'notes')
    return <FromDuplicate note="the duplicate’s notes added below">{row.show(survivor)}</FromDuplicate>;
  return <FromDuplicate note="from the duplicate">{row.show(duplicate)}</FromDuplicate>;
}

function FromDuplicate({ note, children }: { note: string; children: ReactNode }) {
  return (
    <>
      {children}
      <Text component="span" display="block" size="sm" c="dimmed">
        ({note})
      </Text>
    </>
  );
}

interface MergeComparisonProps {
  survivor: PatientRecord;
  duplicate: PatientRecord;
  filled: Filled[];
}

/**
 * The two records side by side, and what the kept record will hold afterwards: its own values,
 * with only its empty fields filled from the duplicate. Clinical rows only for clinical staff.
 */
export function MergeComparison({ survivor, duplicate, filled }: MergeComparisonProps) {
  const shown = survivor.clinical ? [...rows, ...clinicalRows] : rows;
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="xs" withRowBorders>
        <Table.Caption>The two records, and the kept record after merging</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <Text span size="sm" c="dimmed">
                Field
              </Text>
            </Table.Th>
            <Table.Th scope="col">This record (kept)</Table.Th>
            <Table.Th scope="col">Duplicate</Table.Th>
            <Table.Th scope="col">After merging</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={row.term}>
              <Table.Th scope="row" fw={500}>
                {row.term}
              </Table.Th>
              <Table.Td>{row.show(survivor)}</Table.Td>
              <Table.Td>{row.show(duplicate)}</Table.Td>
              <Table.Td fw={600}>{after(row, survivor, duplicate, filled)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
