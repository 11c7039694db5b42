import { useCallback } from 'react';
import type { PatientRecord } from '@corium/contracts';
import { Stack, Title } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { outcomesApi } from './outcomes-api';
import { ProgressSection } from './ProgressSection';
import { RecordScoreForm } from './RecordScoreForm';
import { ScheduleList } from './ScheduleList';
import { ScoreList } from './ScoreList';

/** The patient record's Outcomes tab: progress per concern, the schedule, recording, every score. */
export function OutcomesPanel({ patient }: { patient: PatientRecord }) {
  const { role } = useCurrentUser().user;
  const load = useCallback(() => outcomesApi.patient(patient.id), [patient.id]);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading outcomes…" />;
  if (resource.status === 'failed')
    return <LoadProblem title="Outcomes could not be loaded" error={resource.error} onRetry={reload} />;
  const { scores, progress, schedule } = resource.data;
  const canRecord = may(role, 'recordOutcomes');
  const concerns = [...new Set([...patient.concerns, ...schedule.flatMap((s) => s.concerns)])];
  return (
    <Stack gap="xl">
      <ProgressSection
        lines={progress}
        heading="Progress"
        emptyText="No scores yet: record a baseline to start the chart."
      />
      <ScheduleList schedule={schedule} audience="staff" />
      {canRecord && (
        <Stack component="section" aria-labelledby="outcome-record" gap="sm">
          <Title order={2} size="h3" id="outcome-record">
            Record a score
          </Title>
          <RecordScoreForm
            patientId={patient.id}
            concerns={concerns}
            schedule={schedule}
            onRecorded={reload}
          />
        </Stack>
      )}
      <ScoreList patientId={patient.id} scores={scores} canMark={canRecord} onChanged={reload} />
    </Stack>
  );
}
