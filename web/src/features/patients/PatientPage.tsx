import { useCallback } from 'react';
import type { PatientSummary } from '@corium/contracts';
import { Anchor, Card, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../lib/api';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { ContactDetails, patientName } from '../patient-record/ContactDetails';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { AccessLogPanel } from './AccessLogPanel';
import { MedicalHistoryPanel } from './MedicalHistoryPanel';

export function PatientPage() {
  const patientId = useParams().patientId ?? '';
  // A fresh record per patient, so nothing of the previous one lingers while the next loads.
  return <PatientRecord key={patientId} patientId={patientId} />;
}

function PatientRecord({ patientId }: { patientId: string }) {
  const load = useCallback(() => api.patient(patientId), [patientId]);
  const { resource, reload } = useResource(load);
  usePageTitle(resource.status === 'ready' ? patientName(resource.data) : 'Patient');

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
      {resource.status === 'ready' && <PatientOverview patient={resource.data} />}
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

function PatientOverview({ patient }: { patient: PatientSummary }) {
  const { role } = useCurrentUser().user;
  const panels = [
    may(role, 'readMedicalHistory') && 'history',
    may(role, 'readAccessLog') && 'access-log',
  ].filter((panel) => panel !== false);

  return (
    <>
      <Title order={1}>{patientName(patient)}</Title>
      <Card component="section" aria-labelledby="contact-heading">
        <Title order={2} size="h4" id="contact-heading" mb="md">
          Contact details
        </Title>
        <ContactDetails patient={patient} />
      </Card>
      {panels.length > 0 && (
        // Panels mount only when opened: opening one is a look at the record, and is logged as such.
        <Tabs defaultValue={panels[0]} keepMounted={false}>
          <Tabs.List>
            {panels.includes('history') && <Tabs.Tab value="history">Medical history</Tabs.Tab>}
            {panels.includes('access-log') && <Tabs.Tab value="access-log">Access log</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="history" pt="md">
            <MedicalHistoryPanel patientId={patient.id} />
          </Tabs.Panel>
          <Tabs.Panel value="access-log" pt="md">
            <AccessLogPanel patientId={patient.id} />
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
