import { useCallback, useMemo } from 'react';
import type { PortalIntake } from '@corium/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { intakeApi } from './intake-api';
import { formFromAnswers } from './intake-values';
import { IntakeQuestionnaire, type IntakeStart } from './IntakeQuestionnaire';
import { patientQuestionnaire } from './questionnaire';

/**
 * The draft if there is one, else what the patient (or the clinic) last recorded, so a
 * returning patient confirms or changes what the clinic knows instead of starting again.
 */
function startFrom({ draft, submitted }: PortalIntake): IntakeStart {
  if (draft)
    return {
      form: formFromAnswers(draft.answers, patientQuestionnaire),
      from: { kind: 'draft', savedAt: draft.updatedAt },
    };
  if (submitted) {
    return {
      form: formFromAnswers(submitted.answers, patientQuestionnaire),
      from: { kind: 'sent', sentAt: submitted.enteredAt, byClinic: submitted.source === 'staff' },
    };
  }
  return { form: {}, from: { kind: 'empty' } };
}

function LoadedIntake({ intake }: { intake: PortalIntake }) {
  const start = useMemo(() => startFrom(intake), [intake]);
  return <IntakeQuestionnaire start={start} />;
}

export function PortalIntakePage() {
  usePageTitle('Health questionnaire');
  const { clinic } = useCurrentUser();
  const load = useCallback(() => intakeApi.load(), []);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Your health questionnaire</Title>
        <Text c="dimmed">
          Your answers help {clinic.name} plan a treatment that is safe for you. They are saved as you go, so
          you can stop and come back later. If you are not sure about a question, leave it: the clinic will
          ask you.
        </Text>
      </Stack>
      {resource.status === 'loading' && <SectionLoader label="Loading your questionnaire…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your questionnaire could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && <LoadedIntake intake={resource.data} />}
    </Stack>
  );
}
