import { createBrowserRouter } from 'react-router-dom';
import { EnrolPage } from '../features/auth/EnrolPage';
import { SignInPage } from '../features/auth/SignInPage';
import { VerifyPage } from '../features/auth/VerifyPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { PortalAppointmentsPage } from '../features/portal-booking/PortalAppointmentsPage';
import { PortalBookPage } from '../features/portal-booking/PortalBookPage';
import { PortalOfferPage } from '../features/waitlist/PortalOfferPage';
import { StaffWaitlistPage } from '../features/waitlist/StaffWaitlistPage';
import { ClinicSetupPage } from '../features/clinic-setup/ClinicSetupPage';
import { ConsentTemplatePage } from '../features/consent/ConsentTemplatePage';
import { ConsentTemplatesPage } from '../features/consent/ConsentTemplatesPage';
import { PortalConsentsPage } from '../features/consent/PortalConsentsPage';
import { PortalSignConsentPage } from '../features/consent/PortalSignConsentPage';
import { InvitationPage } from '../features/invitation/InvitationPage';
import { OnboardingPage } from '../features/onboarding/OnboardingPage';
import { OperationsPage } from '../features/operations/OperationsPage';
import { WebhooksPage } from '../features/webhooks/WebhooksPage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { RecallPage } from '../features/recalls/RecallPage';
import { RecallsPage } from '../features/recalls/RecallsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { PatientPage } from '../features/patients/PatientPage';
import { PatientsPage } from '../features/patients/PatientsPage';
import { PortalDataPage } from '../features/privacy/PortalDataPage';
import { PrivacyRequestsPage } from '../features/privacy/PrivacyRequestsPage';
import { RegisterPatientPage } from '../features/patients/RegisterPatientPage';
import { ScreeningRulesPage } from '../features/rules/ScreeningRulesPage';
import { MyAccessLogPage } from '../features/portal/MyAccessLogPage';
import { PortalMessagesPage } from '../features/notifications/PortalMessagesPage';
import { MyRecordPage } from '../features/portal/MyRecordPage';
import { PortalHomePage } from '../features/portal/PortalHomePage';
import { PortalIntakePage } from '../features/intake/PortalIntakePage';
import { HomePage } from '../features/public/HomePage';
import { NotFoundPage } from '../features/public/NotFoundPage';
import { SettingsPage } from '../features/staff/SettingsPage';
import { TodayPage } from '../features/staff/TodayPage';
import { TeamPage } from '../features/team/TeamPage';
import { PortalTreatmentsPage } from '../features/treatment-room/PortalTreatmentsPage';
import { SessionChartPage } from '../features/treatment-room/SessionChartPage';
import { StartSessionPage } from '../features/treatment-room/StartSessionPage';
import { AlertsDashboardPage } from '../features/aftercare/AlertsDashboardPage';
import { FollowUpsPage } from '../features/outcomes/FollowUpsPage';
import { PortalProgressPage } from '../features/outcomes/PortalProgressPage';
import { CheckInLinkPage } from '../features/aftercare/CheckInLinkPage';
import { PortalCheckInPage } from '../features/aftercare/PortalCheckInPage';
import { PortalRecoveryPage } from '../features/aftercare/PortalRecoveryPage';
import { TimelineEditorPage } from '../features/aftercare/TimelineEditorPage';
import { PortalCapturePage, PortalComparePage, PortalPhotosPage } from '../features/photos/PortalPhotoPages';
import { StaffCapturePage, StaffComparePage } from '../features/photos/StaffPhotoPages';
import { PortalFrame } from './PortalFrame';
import { RequireArea } from './RequireArea';
import { RequirePermission } from './RequirePermission';
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
