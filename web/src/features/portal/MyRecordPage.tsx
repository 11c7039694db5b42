import { useCallback } from 'react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { api } from '../../lib/api';
import { useCurrentUser } from '../auth/session';
import { ContactDetails } from '../patient-record/ContactDetails';
import { HistoryAnswers } from '../patient-record/HistoryAnswers';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';

export function MyRecordPage() {
  usePageTitle('My record');
  const { clinic } = useCurrentUser();
  const load = useCallback(() => api.portalRecord(), []);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>My record</Title>
        <Text c="dimmed">What {clinic.name} holds about you. If anything is wrong, tell the clinic.</Text>
      </Stack>
      {resource.status === 'loading' && <SectionLoader label="Loading your record…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your record could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <>
          <Card component="section" aria-labelledby="my-details-heading">
            <Title order={2} size="h3" id="my-details-heading" mb="md">
              My details
            </Title>
            <ContactDetails patient={resource.data.patient} />
          </Card>
          <Card component="section" aria-labelledby="my-questionnaire-heading">
            <Title order={2} size="h3" id="my-questionnaire-heading" mb="md">
              My health questionnaire
            </Title>
            {resource.data.history ? (
              <HistoryAnswers history={resource.data.history} timeZone={clinic.timeZone} />
            ) : (
              <Text>
                You have not filled in a health questionnaire yet. The clinic will ask you to before your
                first treatment.
              </Text>
            )}
          </Card>
        </>
      )}
    </Stack>
  );
}
