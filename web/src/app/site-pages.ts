import { lazyPage } from './lazy-page';

// Pages few visitors open (onboarding once, an invitation, a check-in link): fetched when opened.

export const CheckInLinkPage = lazyPage(
  () => import('../features/aftercare/CheckInLinkPage'),
  'CheckInLinkPage',
);
export const InvitationPage = lazyPage(
  () => import('../features/invitation/InvitationPage'),
  'InvitationPage',
);
export const OnboardingPage = lazyPage(
  () => import('../features/onboarding/OnboardingPage'),
  'OnboardingPage',
);
