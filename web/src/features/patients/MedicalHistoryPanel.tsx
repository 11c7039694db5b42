import { useCallback } from 'react';
import { Card, Text } from '@mantine/core';
import { api, isApiError } from '../../lib/api';
import { useCurrentUser } from '../auth/session';
import { HistoryAnswers } from '../patient-record/HistoryAnswers';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';

function Refusal({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error, 'NOT_FOUND')) {
    return <Text>No medical history has been entered for this patient yet.</Text>;
  }
  if (isApiError(error, 'FORBIDDEN')) {
    return <Text>Your role does not include reading medical histories.</Text>;
  }
  return <LoadProblem title="The medical history could not be loaded" error={error} onRetry={onRetry} />;
}

export function MedicalHistoryPanel({ patientId }: { patientId: string }) {
  const { timeZone } = useCurrentUser().clinic;
  const load = useCallback(() => api.medicalHistory(patientId), [patientId]);
  const { resource, reload } = useResource(load);

  return (
    <Card>
      {resource.status === 'loading' && <SectionLoader label="Loading the medical history…" />}
      {resource.status === 'failed' && <Refusal error={resource.error} onRetry={reload} />}
      {resource.status === 'ready' && <HistoryAnswers history={resource.data} timeZone={timeZone} />}
    </Card>
  );
}
