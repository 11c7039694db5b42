import { createBrowserRouter } from 'react-router-dom';
import { SignInPage } from '../features/auth/SignInPage';
import { OnboardingPage } from '../features/onboarding/OnboardingPage';
import { PortalHomePage } from '../features/portal/PortalHomePage';
import { HomePage } from '../features/public/HomePage';
import { NotFoundPage } from '../features/public/NotFoundPage';
import { SettingsPage } from '../features/staff/SettingsPage';
import { TodayPage } from '../features/staff/TodayPage';
import { PortalFrame } from './PortalFrame';
import { RequireArea } from './RequireArea';
import { SetupGate } from './SetupGate';
import { SiteFrame } from './SiteFrame';
import { StaffFrame } from './StaffFrame';

export const router = createBrowserRouter([
  {
    element: <SetupGate />,
    children: [
      { path: '/onboarding', element: <OnboardingPage /> },
      {
        element: <SiteFrame />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/signin', element: <SignInPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/staff',
        element: <RequireArea area="staff" />,
        children: [
          {
            element: <StaffFrame />,
            children: [
              { index: true, element: <TodayPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: '*', element: <NotFoundPage home={{ to: '/staff', label: 'Back to Today' }} /> },
            ],
          },
        ],
      },
      {
        path: '/portal',
        element: <RequireArea area="portal" />,
        children: [
          {
            element: <PortalFrame />,
            children: [
              { index: true, element: <PortalHomePage /> },
              { path: '*', element: <NotFoundPage home={{ to: '/portal', label: 'Back to your portal' }} /> },
            ],
          },
        ],
      },
    ],
  },
]);
