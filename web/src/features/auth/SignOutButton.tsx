import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { describeError } from '../../lib/api';
import { useSession } from './session';

export function SignOutButton() {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function handleSignOut() {
    setBusy(true);
    try {
      await signOut();
      void navigate('/signin', { replace: true });
      notifications.show({ color: 'corium', message: 'You have signed out.' });
    } catch (error) {
      setBusy(false);
      notifications.show({ color: 'red', title: 'Could not sign out', message: describeError(error) });
    }
  }

  return (
    <Button
      variant="default"
      px={{ base: 'sm', sm: 'md' }}
      // The clinic's name beside it is truncated instead; "Sign out" must stay readable.
      style={{ flexShrink: 0 }}
      leftSection={<IconLogout size={18} aria-hidden="true" />}
      loading={busy}
      onClick={() => void handleSignOut()}
    >
      Sign out
    </Button>
  );
}
