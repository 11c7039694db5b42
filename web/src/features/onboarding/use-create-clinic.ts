import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router-dom';
import { useSetupStatus } from '../../app/setup-status';
import { api, ApiError } from '../../lib/api';
import { formFailure } from '../../lib/form-errors';
import { focusFirstError } from '../../ui/focus-first-error';
import { onboardingFields, toOnboardingRequest, type OnboardingValues } from './onboarding-form';

/** Sends the onboarding form; on success hands over to sign-in with the new admin's e-mail. */
export function useCreateClinic(form: UseFormReturnType<OnboardingValues>, onCreated: () => void) {
  const navigate = useNavigate();
  const { markOnboarded, reload } = useSetupStatus();
  const [formMessage, setFormMessage] = useState<string | null>(null);

  async function createClinic(values: OnboardingValues) {
    setFormMessage(null);
    try {
      const created = await api.createClinic(toOnboardingRequest(values));
      onCreated();
      markOnboarded(created.clinic);
      notifications.show({ color: 'corium', message: 'Clinic created — sign in to continue' });
      // Synchronous, so the address never reads /signin while the onboarding form is still shown.
      void navigate('/signin', { replace: true, state: { email: created.admin.email }, flushSync: true });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ALREADY_ONBOARDED') {
        notifications.show({
          color: 'yellow',
          title: 'This server already has a clinic',
          message: error.message,
        });
        reload();
        return;
      }
      const failure = formFailure(error, onboardingFields);
      form.setErrors(failure.fieldErrors);
      setFormMessage(failure.formMessage);
      focusFirstError(failure.fieldErrors, onboardingFields);
    }
  }

  return { createClinic, formMessage };
}
