import { useCallback, useState } from 'react';
import type { CheckInOutcome } from '@corium/contracts';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router-dom';
import { describeError } from '../../lib/api';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useCurrentUser } from '../auth/session';
import { portalAftercareApi } from './aftercare-api';
import { CheckInClosed, isClosedCheckIn } from './CheckInClosed';
import { CheckInFormView } from './CheckInFormView';
import { CheckInOutcomeView } from './CheckInOutcomeView';

/** A check-in answered from the portal: the same form as the e-mailed link. */
export function PortalCheckInPage() {
  usePageTitle('Check-in');
  const checkInId = useParams().checkInId ?? '';
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/portal/recovery" display="inline-flex" py={10} style={{ gap: 6 }}>
        <IconArrowLeft size={18} aria-hidden="true" />
        Your recovery
      </Anchor>
      <PortalCheckIn key={checkInId} checkInId={checkInId} />
    </Stack>
  );
}

function PortalCheckIn({ checkInId }: { checkInId: string }) {
  const { timeZone } = useCurrentUser().clinic;
  const load = useCallback(() => portalAftercareApi.checkInForm(checkInId), [checkInId]);
  const { resource, reload } = useResource(load);
  const [outcome, setOutcome] = useState<CheckInOutcome | null>(null);

  if (outcome) {
    return (
      <CheckInOutcomeView
        outcome={outcome}
        timeZone={timeZone}
        after={
          <Button component={Link} to="/portal/recovery" variant="default" size="lg" fullWidth>
            Back to your recovery
          </Button>
        }
      />
    );
  }
  if (resource.status === 'loading') return <SectionLoader label="Opening your check-in…" />;
  if (resource.status === 'failed') {
    return isClosedCheckIn(resource.error) ? (
      <CheckInClosed title="This check-in cannot be answered now" reason={describeError(resource.error)}>
        <Text>
          It may have been answered already, or it is not open yet or any more. Your recovery page shows which
          check-in is open. If something about your skin worries you, call the clinic.
        </Text>
      </CheckInClosed>
    ) : (
      <LoadProblem title="Your check-in could not be opened" error={resource.error} onRetry={reload} />
    );
  }
  return (
    <CheckInFormView
      form={resource.data}
      submit={(answers) => portalAftercareApi.submitCheckIn(checkInId, answers)}
      onDone={setOutcome}
    />
  );
}
