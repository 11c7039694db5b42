import { useCallback, useState } from 'react';
import type { CheckInOutcome } from '@corium/contracts';
import { Anchor, Container, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { useSetup } from '../../app/setup-status';
import { describeError, isApiError } from '../../lib/api';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { checkInLinkApi } from './aftercare-api';
import { CheckInClosed, isClosedCheckIn } from './CheckInClosed';
import { CheckInFormView } from './CheckInFormView';
import { CheckInOutcomeView } from './CheckInOutcomeView';

/**
 * The check-in opened from the e-mail, without a password: `/check-in#<token>`. The token sits
 * in the fragment, which browsers never send to a server, and goes to the API in a request body.
 */
export function CheckInLinkPage() {
  usePageTitle('Check-in');
  const token = useLocation().hash.replace(/^#/, '');
  return (
    <Container size={560} px="md" py={{ base: 'lg', sm: 'xl' }}>
      {token === '' ? <UnusableLink /> : <LinkCheckIn token={token} />}
    </Container>
  );
}

function LinkCheckIn({ token }: { token: string }) {
  const { clinic } = useSetup();
  const load = useCallback(() => checkInLinkApi.form(token), [token]);
  const { resource, reload } = useResource(load);
  const [outcome, setOutcome] = useState<CheckInOutcome | null>(null);

  if (outcome) {
    return (
      <CheckInOutcomeView outcome={outcome} timeZone={clinic?.timeZone ?? null} after={<SignInHint />} />
    );
  }
  if (resource.status === 'loading') return <SectionLoader label="Opening your check-in…" />;
  if (resource.status === 'failed') {
    if (isApiError(resource.error, 'VALIDATION_FAILED')) return <UnusableLink />;
    if (isClosedCheckIn(resource.error)) return <UnusableLink reason={describeError(resource.error)} />;
    return <LoadProblem title="Your check-in could not be opened" error={resource.error} onRetry={reload} />;
  }
  return (
    <CheckInFormView
      form={resource.data}
      submit={(answers) => checkInLinkApi.submit(token, answers)}
      onDone={setOutcome}
    />
  );
}

function UnusableLink({ reason }: { reason?: string }) {
  return (
    <CheckInClosed title="This check-in link does not work any more" reason={reason}>
      <Text>
        Each link opens one check-in, once, for a limited time. It may have been answered already, it may have
        expired, or part of the link may be missing.
      </Text>
      <Text>
        If you have a portal account,{' '}
        <Anchor component={Link} to="/signin">
          sign in
        </Anchor>{' '}
        to see your recovery and any check-in that is open. If something about your skin worries you, call the
        clinic.
      </Text>
    </CheckInClosed>
  );
}

function SignInHint() {
  return (
    <Text c="dimmed">
      Thank you. You can close this page. With a portal account you can{' '}
      <Anchor component={Link} to="/signin">
        sign in
      </Anchor>{' '}
      to follow your recovery day by day.
    </Text>
  );
}
