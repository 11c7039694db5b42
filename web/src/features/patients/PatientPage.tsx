import { useCallback, useState, type ReactNode } from 'react';
import type { PatientRecord } from '@corium/contracts';
import { Anchor, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconArrowMerge, IconPencil } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, isApiError } from '../../lib/api';
import { may, type Permission } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { patientName } from '../patient-record/ContactDetails';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { AccessLogPanel } from './AccessLogPanel';
import { EditPatientModal } from './EditPatientModal';
import { AppointmentsPanel } from '../appointments/AppointmentsPanel';
import { ConsentPanel } from '../consent/ConsentPanel';
import { ScreeningPanel } from '../screening/ScreeningPanel';
import { OtherTreatmentsPanel } from '../other-treatments/OtherTreatmentsPanel';
import { MedicalHistoryPanel } from './MedicalHistoryPanel';
import { PatientMessagesPanel } from '../notifications/PatientMessagesPanel';
import { PhotosPanel } from '../photos/PhotosPanel';
import { OutcomesPanel } from '../outcomes/OutcomesPanel';
import { MergeDuplicateModal } from './MergeDuplicateModal';
import { MergedFromNote, MergedNotice } from './MergeNotice';
import { PatientDetails } from './PatientDetails';
import { BreakGlassPrompt } from '../privacy/BreakGlassPrompt';
import { PatientRightsPanel } from '../privacy/PatientRightsPanel';
import { SessionsPanel } from '../treatment-room/SessionsPanel';
import { AftercarePanel } from '../aftercare/AftercarePanel';

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
        ) : isApiError(resource.error, 'BREAK_GLASS_REQUIRED') ? (
          <BreakGlassPrompt patientId={patientId} onOpened={reload} />
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
  const [merging, merge] = useDisclosure(false);
  const { role } = useCurrentUser().user;
  const mayMerge = may(role, 'mergePatients');
  const merged = patient.mergedInto !== null;
  return (
    <>
      <Group justify="space-between" align="flex-end" gap="md">
        <Title order={1}>{patientName(patient)}</Title>
        {!merged && (
          <Group gap="sm">
            {mayMerge && (
              <Button
                variant="default"
                leftSection={<IconArrowMerge size={18} aria-hidden="true" />}
                onClick={merge.open}
              >
                Merge a duplicate…
              </Button>
            )}
            <Button
              variant="default"
              leftSection={<IconPencil size={18} aria-hidden="true" />}
              onClick={edit.open}
            >
              Edit details
            </Button>
          </Group>
        )}
      </Group>
      {patient.mergedInto && <MergedNotice mergedInto={patient.mergedInto} />}
      {patient.mergedFrom.length > 0 && <MergedFromNote mergedFrom={patient.mergedFrom} />}
      <PatientDetails patient={patient} />
      {/* Remounted after a merge, so panels show what moved in (and log that look as a new one). */}
      <RecordTabs key={patient.mergedFrom.length} patient={patient} />
      {editing && <EditPatientModal patient={patient} onClose={edit.close} onSaved={onSaved} />}
      {merging && <MergeDuplicateModal survivor={patient} onClose={merge.close} onMerged={onSaved} />}
    </>
  );
}

interface RecordPanel {
  value: string;
  label: string;
  permission: Permission;
  /**
   * Also on a merged-away record: its access log stays with it, while its history and screenings
   * moved to the record it was merged into.
   */
  keptWhenMerged?: boolean;
  render: (patient: PatientRecord) => ReactNode;
}

/** The record's tabs, in order; each appears for the roles its permission names. A new tab is one more entry. */
const recordPanels: RecordPanel[] = [
  {
    value: 'history',
    label: 'Medical history',
    permission: 'readMedicalHistory',
    render: (patient) => <MedicalHistoryPanel patientId={patient.id} />,
  },
  {
    value: 'screening',
    label: 'Screening',
    permission: 'screenPatients',
    render: (patient) => <ScreeningPanel patientId={patient.id} />,
  },
  {
    value: 'other-treatments',
    label: 'Other treatments',
    permission: 'recordOtherTreatments',
    render: (patient) => <OtherTreatmentsPanel patientId={patient.id} />,
  },
  {
    value: 'consent',
    label: 'Consent',
    permission: 'readConsents',
    render: (patient) => <ConsentPanel patientId={patient.id} />,
  },
  {
    value: 'appointments',
    label: 'Appointments',
    permission: 'bookAppointments',
    render: (patient) => <AppointmentsPanel patient={patient} />,
  },
  {
    value: 'sessions',
    label: 'Sessions',
    permission: 'readSessionCharts',
    render: (patient) => <SessionsPanel patientId={patient.id} />,
  },
  {
    value: 'aftercare',
    label: 'Aftercare',
    permission: 'readAftercare',
    render: (patient) => <AftercarePanel patientId={patient.id} />,
  },
  {
    value: 'messages',
    label: 'Messages',
    permission: 'manageAppointmentMessages',
    render: (patient) => <PatientMessagesPanel patientId={patient.id} />,
  },
  {
    value: 'photos',
    label: 'Photos',
    permission: 'readPhotos',
    render: (patient) => <PhotosPanel patientId={patient.id} />,
  },
  {
    value: 'outcomes',
    label: 'Outcomes',
    permission: 'readOutcomes',
    render: (patient) => <OutcomesPanel patient={patient} />,
  },
  {
    value: 'access-log',
    label: 'Access log',
    permission: 'readAccessLog',
    keptWhenMerged: true,
    render: (patient) => <AccessLogPanel patientId={patient.id} />,
  },
  {
    value: 'rights',
    label: 'Patient’s rights',
    permission: 'managePrivacy',
    render: (patient) => <PatientRightsPanel patientId={patient.id} />,
  },
];

function RecordTabs({ patient }: { patient: PatientRecord }) {
  const { role } = useCurrentUser().user;
  const [searchParams] = useSearchParams();
  const merged = patient.mergedInto !== null;
  const panels = recordPanels.filter(
    (panel) => may(role, panel.permission) && (!merged || panel.keptWhenMerged === true),
  );
  // A link may open a given tab, e.g. `?tab=aftercare` from an alert.
  const asked = panels.find((panel) => panel.value === searchParams.get('tab'));
  if (panels.length === 0) return null;

  return (
    // Panels mount only when opened: opening one is a look at the record, and is logged as such.
    <Tabs defaultValue={(asked ?? panels[0]!).value} keepMounted={false}>
      <Tabs.List>
        {panels.map((panel) => (
          <Tabs.Tab key={panel.value} value={panel.value}>
            {panel.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {panels.map((panel) => (
        <Tabs.Panel key={panel.value} value={panel.value} pt="md">
          {panel.render(patient)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
