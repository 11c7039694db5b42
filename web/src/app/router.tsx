import { createBrowserRouter } from 'react-router-dom';
import { EnrolPage } from '../features/auth/EnrolPage';
import { SignInPage } from '../features/auth/SignInPage';
import { VerifyPage } from '../features/auth/VerifyPage';
import { HomePage } from '../features/public/HomePage';
import { NotFoundPage } from '../features/public/NotFoundPage';
import {
  MyAccessLogPage,
  MyRecordPage,
  PortalAppointmentsPage,
  PortalBookPage,
  PortalCapturePage,
  PortalCheckInPage,
  PortalComparePage,
  PortalConsentsPage,
  PortalDataPage,
  PortalHomePage,
  PortalIntakePage,
  PortalMessagesPage,
  PortalOfferPage,
  PortalPhotosPage,
  PortalProgressPage,
  PortalRecoveryPage,
  PortalSignConsentPage,
  PortalTreatmentsPage,
} from './portal-pages';
import { CheckInLinkPage, InvitationPage, OnboardingPage } from './site-pages';
import {
  AlertsDashboardPage,
  CalendarPage,
  ClinicSetupPage,
  ConsentTemplatePage,
  ConsentTemplatesPage,
  FollowUpsPage,
  InventoryPage,
  OperationsPage,
  PatientPage,
  PatientsPage,
  PrivacyRequestsPage,
  RecallPage,
  RecallsPage,
  RegisterPatientPage,
  ReportsPage,
  ScreeningRulesPage,
  SessionChartPage,
  SettingsPage,
  StaffCapturePage,
  StaffComparePage,
  StaffWaitlistPage,
  StartSessionPage,
  TeamPage,
  TimelineEditorPage,
  TodayPage,
  WebhooksPage,
} from './staff-pages';
import { PortalFrame } from './PortalFrame';
import { RequireArea } from './RequireArea';
import { RequirePermission } from './RequirePermission';
import { RouteProblem } from './RouteProblem';
import { SetupGate } from './SetupGate';
import { SiteFrame } from './SiteFrame';
import { StaffFrame } from './StaffFrame';

export const router = createBrowserRouter([
  {
    element: <SetupGate />,
    errorElement: <RouteProblem />,
    children: [
      { path: '/onboarding', element: <OnboardingPage /> },
      {
        element: <SiteFrame />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/signin', element: <SignInPage /> },
          { path: '/signin/verify', element: <VerifyPage /> },
          { path: '/signin/enrol', element: <EnrolPage /> },
          { path: '/invite/:token', element: <InvitationPage /> },
          { path: '/check-in', element: <CheckInLinkPage /> },
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
              { path: 'calendar', element: <CalendarPage /> },
              { path: 'waitlist', element: <StaffWaitlistPage /> },
              { path: 'patients', element: <PatientsPage /> },
              { path: 'patients/new', element: <RegisterPatientPage /> },
              { path: 'patients/:patientId', element: <PatientPage /> },
              {
                element: <RequirePermission permission="chartSessions" />,
                children: [
                  {
                    path: 'patients/:patientId/appointments/:appointmentId/start',
                    element: <StartSessionPage />,
                  },
                ],
              },
              {
                element: <RequirePermission permission="takePhotos" />,
                children: [{ path: 'patients/:patientId/photos/new', element: <StaffCapturePage /> }],
              },
              {
                element: <RequirePermission permission="readPhotos" />,
                children: [{ path: 'patients/:patientId/photos/compare', element: <StaffComparePage /> }],
              },
              {
                element: <RequirePermission permission="readSessionCharts" />,
                children: [
                  { path: 'patients/:patientId/sessions/:sessionId', element: <SessionChartPage /> },
                ],
              },
              { path: 'screening-rules', element: <ScreeningRulesPage /> },
              { path: 'consent-templates', element: <ConsentTemplatesPage /> },
              { path: 'consent-templates/:templateId', element: <ConsentTemplatePage /> },
              {
                element: <RequirePermission permission="manageHours" />,
                children: [{ path: 'clinic-setup', element: <ClinicSetupPage /> }],
              },
              {
                element: <RequirePermission permission="manageTeam" />,
                children: [{ path: 'users', element: <TeamPage /> }],
              },
              {
                element: <RequirePermission permission="manageOperations" />,
                children: [{ path: 'operations', element: <OperationsPage /> }],
              },
              {
                element: <RequirePermission permission="manageWebhooks" />,
                children: [{ path: 'webhooks', element: <WebhooksPage /> }],
              },
              {
                element: <RequirePermission permission="managePrivacy" />,
                children: [{ path: 'privacy', element: <PrivacyRequestsPage /> }],
              },
              {
                element: <RequirePermission permission="readStock" />,
                children: [{ path: 'inventory', element: <InventoryPage /> }],
              },
              {
                element: <RequirePermission permission="manageRecalls" />,
                children: [
                  { path: 'recalls', element: <RecallsPage /> },
                  { path: 'recalls/:recallId', element: <RecallPage /> },
                ],
              },
              {
                element: <RequirePermission permission="readAftercare" />,
                children: [{ path: 'alerts', element: <AlertsDashboardPage /> }],
              },
              {
                element: <RequirePermission permission="readReports" />,
                children: [{ path: 'reports', element: <ReportsPage /> }],
              },
              {
                element: <RequirePermission permission="readFollowUps" />,
                children: [{ path: 'follow-ups', element: <FollowUpsPage /> }],
              },
              {
                element: <RequirePermission permission="editAftercareTimeline" />,
                children: [{ path: 'aftercare-timeline', element: <TimelineEditorPage /> }],
              },
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
              { path: 'intake', element: <PortalIntakePage /> },
              { path: 'consents', element: <PortalConsentsPage /> },
              { path: 'consents/sign/:treatment', element: <PortalSignConsentPage /> },
              { path: 'record', element: <MyRecordPage /> },
              { path: 'photos', element: <PortalPhotosPage /> },
              { path: 'photos/new', element: <PortalCapturePage /> },
              { path: 'photos/compare', element: <PortalComparePage /> },
              { path: 'access-log', element: <MyAccessLogPage /> },
              { path: 'data', element: <PortalDataPage /> },
              { path: 'messages', element: <PortalMessagesPage /> },
              { path: 'treatments', element: <PortalTreatmentsPage /> },
              { path: 'recovery', element: <PortalRecoveryPage /> },
              { path: 'progress', element: <PortalProgressPage /> },
              { path: 'recovery/check-in/:checkInId', element: <PortalCheckInPage /> },
              { path: 'appointments', element: <PortalAppointmentsPage /> },
              { path: 'book', element: <PortalBookPage /> },
              { path: 'offers/:offerId', element: <PortalOfferPage /> },
              { path: '*', element: <NotFoundPage home={{ to: '/portal', label: 'Back to your portal' }} /> },
            ],
          },
        ],
      },
    ],
  },
]);
