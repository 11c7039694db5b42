import type { PatientSummary } from '@corium/contracts';
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import { calendarDate } from '../../lib/clinic-time';
import { patientName } from '../patient-record/ContactDetails';

export function PatientTable({ patients }: { patients: PatientSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Date of birth</Table.Th>
            <Table.Th scope="col">Phone</Table.Th>
            <Table.Th scope="col">E-mail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((patient) => (
            <Table.Tr key={patient.id}>
              <Table.Th scope="row" fw={600}>
                {/* Tall enough to tap with gloves on: the whole line height is the target. */}
                <Anchor component={Link} to={`/staff/patients/${patient.id}`} display="inline-block" py={10}>
                  {patientName(patient)}
                </Anchor>
              </Table.Th>
              <Table.Td>{calendarDate(patient.dateOfBirth)}</Table.Td>
              <Table.Td>{patient.phone ?? '—'}</Table.Td>
              <Table.Td>{patient.email ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
