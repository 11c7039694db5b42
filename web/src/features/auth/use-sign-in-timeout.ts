import { notifications } from '@mantine/notifications';
import { useSession } from './session';

/**
 * A wrong code and a half-finished sign-in that timed out both answer 401. Asking for the
 * session tells them apart: when it has ended, the step gate returns to the password form.
 */
export function useSignInTimeoutCheck(): () => void {
  const { refresh } = useSession();
  return () => {
    refresh().then(
      (session) => {
        if (session.state !== 'signed_out') return;
        notifications.show({
          color: 'yellow',
          title: 'Your sign-in timed out',
          message: 'Enter your e-mail address and password again.',
        });
      },
      () => undefined,
    );
  };
}
