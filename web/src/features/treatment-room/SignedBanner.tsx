import type { SessionChart } from '@corium/contracts';
import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';

/** A signed chart says so at the top: who signed, when, and that it no longer changes. */
export function SignedBanner({ signed }: { signed: NonNullable<SessionChart['signed']> }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Alert
      color="corium"
      icon={<IconLock aria-hidden="true" />}
      title={`Signed by ${signed.by.name} at ${clinicDateTime(signed.at, timeZone)}`}
    >
      This chart is read-only. Corrections are added below as addenda, with a reason; the signed chart stays
      as it was.
    </Alert>
  );
}
