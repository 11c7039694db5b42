import { useCallback, useState } from 'react';
import type { PatientRecord } from '@corium/contracts';
import { Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../lib/api';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { patientName } from '../patient-record/ContactDetails';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { AccessLogPanel } from './AccessLogPanel';
import { EditPatientModal } from './EditPatientModal';
import { MedicalHistoryPanel } from './MedicalHistoryPanel';
import { PatientDetails } from './PatientDetails';

export function PatientPage() {
  const patientId = useParams().patientId ?? '';
  // A fresh record per patient, so nothing of the previous one lingers while the next loads.
  return <PatientRecordView key={patientId} patientId={patientId} />;
}

function PatientRecordView({ patientId }: { patientId: string }) {
  const load = useCallback(() => api.patient(patientId), [patientId]);
  const { resource, reload } = useResource(load);
  // A saved edit answers with the whole record; loading it again would log another reading.
  const [saved, setSaved] = useState<PatientRecord | null>(null);
  const patient = saved ?? (resource.status === 'ready' ? resource.data : null);
  usePageTitle(patient ? patientName(patient) : 'Patient');

  return (
    <Stack gap="lg" maw={1080}>
      <Anchor component={Link} to="/staff/patients" display="inline-flex" py={10} style={{ gap: 6 }}>
        <IconArrowLeft size={18} aria-hidden="true" />
        Patients
      </Anchor>
      {resource.status === 'loading' && <SectionLoader label="Opening the patient’s record…" />}
      {resource.status === 'failed' &&
        (isApiError(resource.error, 'NOT_FOUND') ? (
          <PatientNotFound />
        ) : (
          <LoadProblem title="The patient could not be loaded" error={resource.error} onRetry={reload} />
        ))}
      {patient && <PatientOverview patient={patient} onSaved={setSaved} />}
    </Stack>
  );
}

function PatientNotFound() {
  return (
    <Stack gap="sm">
      <Title order={1}>Patient not found</Title>
      <Text size="lg" c="dimmed">
        There is no patient at this address in this clinic. The link may be out of date; search for the
        patient instead.
      </Text>
    </Stack>
  );
}

interface PatientOverviewProps {
  patient: PatientRecord;
  onSaved: (patient: PatientRecord) => void;
}

function PatientOverview({ patient, onSaved }: PatientOverviewProps) {
  const [editing, edit] = useDisclosure(false);
  return (
    <>
      <Group justify="space-between" align="flex-end" gap="md">
        <Title order={1}>{patientName(patient)}</Title>
        <Button
          variant="default"
          leftSection={<IconPencil size={18} aria-hidden="true" />}
          onClick={edit.open}
        >
          Edit details
        </Button>
      </Group>
      <PatientDetails patient={patient} />
      <RecordTabs patientId={patient.id} />
      {editing && <EditPatientModal patient={patient} onClose={edit.close} onSaved={onSaved} />}
    </>
  );
}

function RecordTabs({ patientId }: { patientId: string }) {
  const { role } = useCurrentUser().user;
  const panels = [
    may(role, 'readMedicalHistory') && 'history',
    may(role, 'readAccessLog') && 'access-log',
  ].filter((panel) => panel !== false);
  if (panels.length === 0) return null;

  return (
    // Panels mount only when opened: opening one is a look at the record, and is logged as such.
    <Tabs defaultValue={panels[0]} keepMounted={false}>
      <Tabs.List>
        {panels.includes('history') && <Tabs.Tab value="history">Medical history</Tabs.Tab>}
        {panels.includes('access-log') && <Tabs.Tab value="access-log">Access log</Tabs.Tab>}
      </Tabs.List>
      <Tabs.Panel value="history" pt="md">
        <MedicalHistoryPanel patientId={patientId} />
      </Tabs.Panel>
      <Tabs.Panel value="access-log" pt="md">
        <AccessLogPanel patientId={patientId} />
      </Tabs.Panel>
    </Tabs>
  );
}
