import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { describeError } from '../../lib/api';
import { useSession } from './session';

/** Leaves a half-finished sign-in, e.g. when someone typed a colleague's e-mail on a shared tablet. */
export function StartOverButton() {
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);

  async function startOver() {
    setBusy(true);
    try {
      await signOut();
    } catch (error) {
      setBusy(false);
      notifications.show({ color: 'red', title: 'Could not start over', message: describeError(error) });
    }
  }

  return (
    <Button variant="subtle" loading={busy} onClick={() => void startOver()}>
      Sign in as someone else
    </Button>
  );
}
