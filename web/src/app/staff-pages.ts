import { lazyPage } from './lazy-page';

// The staff app's pages, each its own file fetched when first opened (see lazy-page.ts).

export const AlertsDashboardPage = lazyPage(
  () => import('../features/aftercare/AlertsDashboardPage'),
  'AlertsDashboardPage',
);
export const TimelineEditorPage = lazyPage(
  () => import('../features/aftercare/TimelineEditorPage'),
  'TimelineEditorPage',
);
export const CalendarPage = lazyPage(() => import('../features/calendar/CalendarPage'), 'CalendarPage');
export const ClinicSetupPage = lazyPage(
  () => import('../features/clinic-setup/ClinicSetupPage'),
  'ClinicSetupPage',
);
export const ConsentTemplatePage = lazyPage(
  () => import('../features/consent/ConsentTemplatePage'),
  'ConsentTemplatePage',
);
export const ConsentTemplatesPage = lazyPage(
  () => import('../features/consent/ConsentTemplatesPage'),
  'ConsentTemplatesPage',
);
export const InventoryPage = lazyPage(() => import('../features/inventory/InventoryPage'), 'InventoryPage');
export const OperationsPage = lazyPage(
  () => import('../features/operations/OperationsPage'),
  'OperationsPage',
);
export const FollowUpsPage = lazyPage(() => import('../features/outcomes/FollowUpsPage'), 'FollowUpsPage');
export const PatientPage = lazyPage(() => import('../features/patients/PatientPage'), 'PatientPage');
export const PatientsPage = lazyPage(() => import('../features/patients/PatientsPage'), 'PatientsPage');
export const RegisterPatientPage = lazyPage(
  () => import('../features/patients/RegisterPatientPage'),
  'RegisterPatientPage',
);
export const StaffCapturePage = lazyPage(
  () => import('../features/photos/StaffPhotoPages'),
  'StaffCapturePage',
);
export const StaffComparePage = lazyPage(
  () => import('../features/photos/StaffPhotoPages'),
  'StaffComparePage',
);
export const PrivacyRequestsPage = lazyPage(
  () => import('../features/privacy/PrivacyRequestsPage'),
  'PrivacyRequestsPage',
);
export const RecallPage = lazyPage(() => import('../features/recalls/RecallPage'), 'RecallPage');
export const RecallsPage = lazyPage(() => import('../features/recalls/RecallsPage'), 'RecallsPage');
export const ReportsPage = lazyPage(() => import('../features/reports/ReportsPage'), 'ReportsPage');
export const ScreeningRulesPage = lazyPage(
  () => import('../features/rules/ScreeningRulesPage'),
  'ScreeningRulesPage',
);
export const SettingsPage = lazyPage(() => import('../features/staff/SettingsPage'), 'SettingsPage');
export const TodayPage = lazyPage(() => import('../features/staff/TodayPage'), 'TodayPage');
export const TeamPage = lazyPage(() => import('../features/team/TeamPage'), 'TeamPage');
export const SessionChartPage = lazyPage(
  () => import('../features/treatment-room/SessionChartPage'),
  'SessionChartPage',
);
export const StartSessionPage = lazyPage(
  () => import('../features/treatment-room/StartSessionPage'),
  'StartSessionPage',
);
export const StaffWaitlistPage = lazyPage(
  () => import('../features/waitlist/StaffWaitlistPage'),
  'StaffWaitlistPage',
);
export const WebhooksPage = lazyPage(() => import('../features/webhooks/WebhooksPage'), 'WebhooksPage');
