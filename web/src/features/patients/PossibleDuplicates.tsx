import type { PatientSummary } from '@corium/contracts';
import { Alert, Anchor, Box, Button, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { calendarDate } from '../../lib/clinic-time';
import { patientName } from '../patient-record/ContactDetails';

interface PossibleDuplicatesProps {
  patients: PatientSummary[];
  /** True while the same details are being sent again as a new patient. */
  confirming: boolean;
  onRegisterAsNew: () => void;
}

function identifying(patient: PatientSummary): string {
  return [`Born ${calendarDate(patient.dateOfBirth)}`, patient.phone, patient.email]
    .filter((part) => part !== null)
    .join(' · ');
}

/** Registered patients who may be the one being registered, each with a way to their record. */
export function PossibleDuplicates({ patients, confirming, onRegisterAsNew }: PossibleDuplicatesProps) {
  return (
    <Alert
      color="yellow"
      icon={<IconUsers aria-hidden="true" />}
      title="This may be someone already registered"
      // Mantine's yellow title falls below 4.5:1 on this background; black text keeps it readable.
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      <Stack gap="md" align="flex-start">
        <Text size="sm">
          Open the existing record if it is the same person. If it is someone else, register them as a new
          patient.
        </Text>
        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {patients.map((patient) => (
            <li key={patient.id}>
              <Anchor
                component={Link}
                to={`/staff/patients/${patient.id}`}
                fw={600}
                display="inline-block"
                py={8}
              >
                {patientName(patient)}
              </Anchor>
              <Text size="sm">{identifying(patient)}</Text>
            </li>
          ))}
        </Box>
        <Button variant="default" loading={confirming} onClick={onRegisterAsNew}>
          Register as a new patient
        </Button>
      </Stack>
    </Alert>
  );
}
