import { useCallback } from 'react';
import { Card, Stack, Title } from '@mantine/core';
import { clinicDay } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useCurrentUser } from '../auth/session';
import { dueQuestionnaires } from './due-questionnaires';
import { portalOutcomesApi } from './outcomes-api';
import { ProgressSection } from './ProgressSection';
import { QuestionnaireForm, QuestionnaireHeading } from './QuestionnaireForm';
import { ScheduleList } from './ScheduleList';

/** Portal: "Your progress" — questionnaires when due, the charts with photo pairs, the schedule. */
export function PortalProgressPage() {
  usePageTitle('Your progress');
  const { timeZone } = useCurrentUser().clinic;
  const load = useCallback(() => portalOutcomesApi.progress(), []);
  const { resource, reload } = useResource(load);
  return (
    <Stack gap="xl">
      <Title order={1}>Your progress</Title>
      {resource.status === 'loading' && <SectionLoader label="Loading your progress…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your progress could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <>
          {dueQuestionnaires(resource.data.schedule, clinicDay(new Date(), timeZone)).map((due) => (
            <Card key={`${due.seriesId}-${due.timepoint}`} withBorder padding="lg" radius="md">
              <Stack gap="md">
                <QuestionnaireHeading due={due} />
                <QuestionnaireForm due={due} onDone={reload} />
              </Stack>
            </Card>
          ))}
          <ProgressSection
            lines={resource.data.progress}
            heading="How your skin has changed"
            emptyText="Nothing to show yet: your clinician records a first score before your course starts."
          />
          <ScheduleList schedule={resource.data.schedule} audience="patient" />
        </>
      )}
    </Stack>
  );
}
