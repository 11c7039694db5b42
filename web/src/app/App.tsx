import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router-dom';
import { SessionProvider } from '../features/auth/session';
import { router } from './router';
import { SetupStatusProvider } from './setup-status';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      {/* Bottom corner: the top holds every frame's "Sign out" button. */}
      <Notifications position="bottom-right" />
      <SetupStatusProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </SetupStatusProvider>
    </MantineProvider>
  );
}
