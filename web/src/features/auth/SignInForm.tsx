import { useState } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { formFailure } from '../../lib/form-errors';
import { focusFirstError } from '../../ui/focus-first-error';
import { revealToggle } from '../../ui/reveal-toggle';
import { useSession } from './session';
import { signInFields, toSignInRequest, validateSignIn, type SignInValues } from './sign-in-form';

interface SignInFormProps {
  initialEmail: string;
}

/** On success the session changes and the page redirects; the form itself never navigates. */
export function SignInForm({ initialEmail }: SignInFormProps) {
  const { signIn } = useSession();
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const form = useForm<SignInValues>({
    initialValues: { email: initialEmail, password: '' },
    validate: validateSignIn,
  });

  async function submit(values: SignInValues) {
    setFormMessage(null);
    try {
      await signIn(toSignInRequest(values));
    } catch (error) {
      const failure = formFailure(error, signInFields);
      form.setErrors(failure.fieldErrors);
      setFormMessage(failure.formMessage);
      focusFirstError(failure.fieldErrors, signInFields);
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors, signInFields))} noValidate>
      <Stack gap="md">
        <TextInput
          label="E-mail"
          type="email"
          required
          autoComplete="username"
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          required
          autoComplete="current-password"
          visibilityToggleButtonProps={revealToggle}
          {...form.getInputProps('password')}
        />
        {formMessage && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden="true" />}>
            {formMessage}
          </Alert>
        )}
        <Button type="submit" size="md" fullWidth loading={form.submitting}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
