import { lazyPage } from './lazy-page';

// The patient portal's pages, each its own file fetched when first opened (see lazy-page.ts).

export const PortalCheckInPage = lazyPage(
  () => import('../features/aftercare/PortalCheckInPage'),
  'PortalCheckInPage',
);
export const PortalRecoveryPage = lazyPage(
  () => import('../features/aftercare/PortalRecoveryPage'),
  'PortalRecoveryPage',
);
export const PortalConsentsPage = lazyPage(
  () => import('../features/consent/PortalConsentsPage'),
  'PortalConsentsPage',
);
export const PortalSignConsentPage = lazyPage(
  () => import('../features/consent/PortalSignConsentPage'),
  'PortalSignConsentPage',
);
export const PortalIntakePage = lazyPage(
  () => import('../features/intake/PortalIntakePage'),
  'PortalIntakePage',
);
export const PortalMessagesPage = lazyPage(
  () => import('../features/notifications/PortalMessagesPage'),
  'PortalMessagesPage',
);
export const PortalProgressPage = lazyPage(
  () => import('../features/outcomes/PortalProgressPage'),
  'PortalProgressPage',
);
export const PortalCapturePage = lazyPage(
  () => import('../features/photos/PortalPhotoPages'),
  'PortalCapturePage',
);
export const PortalComparePage = lazyPage(
  () => import('../features/photos/PortalPhotoPages'),
  'PortalComparePage',
);
export const PortalPhotosPage = lazyPage(
  () => import('../features/photos/PortalPhotoPages'),
  'PortalPhotosPage',
);
export const PortalAppointmentsPage = lazyPage(
  () => import('../features/portal-booking/PortalAppointmentsPage'),
  'PortalAppointmentsPage',
);
export const PortalBookPage = lazyPage(
  () => import('../features/portal-booking/PortalBookPage'),
  'PortalBookPage',
);
export const MyAccessLogPage = lazyPage(
  () => import('../features/portal/MyAccessLogPage'),
  'MyAccessLogPage',
);
export const MyRecordPage = lazyPage(() => import('../features/portal/MyRecordPage'), 'MyRecordPage');
export const PortalHomePage = lazyPage(() => import('../features/portal/PortalHomePage'), 'PortalHomePage');
export const PortalDataPage = lazyPage(() => import('../features/privacy/PortalDataPage'), 'PortalDataPage');
export const PortalTreatmentsPage = lazyPage(
  () => import('../features/treatment-room/PortalTreatmentsPage'),
  'PortalTreatmentsPage',
);
export const PortalOfferPage = lazyPage(
  () => import('../features/waitlist/PortalOfferPage'),
  'PortalOfferPage',
);
