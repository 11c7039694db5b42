import { useCallback, useEffect } from 'react';
import type { PortalPrivacy } from '@corium/contracts';
import { Stack, Text, Title } from '@mantine/core';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { OwnCopies } from './OwnCopies';
import { OwnErasure } from './OwnErasure';
import { privacyApi } from './privacy-api';

/** While a copy is being prepared the page asks again this often (ms). */
const FOLLOW_MS = 2000;

const preparing = (data: PortalPrivacy) => data.exports.some((copy) => copy.status === 'preparing');

/** The portal's "Your data": a copy of the whole record, and asking for erasure. */
export function PortalDataPage() {
  usePageTitle('Your data');
  const load = useCallback(() => privacyApi.portalOverview(), []);
  const { resource, reload } = useResource(load);
  const busy = resource.status === 'ready' && preparing(resource.data);

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(reload, FOLLOW_MS);
    return () => clearInterval(timer);
  }, [busy, reload]);

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Your data</Title>
        <Text c="dimmed">
          Everything the clinic holds about you is yours to see and take with you. You can also ask us to
          erase what we are not required to keep.
        </Text>
      </Stack>
      {resource.status === 'loading' && <SectionLoader label="Loading your data requests…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your data requests could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <>
          <OwnCopies copies={resource.data.exports} onChanged={reload} />
          <OwnErasure requests={resource.data.erasureRequests} onChanged={reload} />
        </>
      )}
    </Stack>
  );
}
