import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { revealToggle } from '../../ui/reveal-toggle';
import { useSession } from './session';
import { signInFields, toSignInRequest, validateSignIn, type SignInValues } from './sign-in-form';

interface SignInFormProps {
  initialEmail: string;
}

/** On success the session changes and the page redirects; the form itself never navigates. */
export function SignInForm({ initialEmail }: SignInFormProps) {
  const { signIn } = useSession();
  const form = useForm<SignInValues>({
    initialValues: { email: initialEmail, password: '' },
    validate: validateSignIn,
  });
  const problem = useFormProblem(form, signInFields);

  async function submit(values: SignInValues) {
    problem.clear();
    try {
      await signIn(toSignInRequest(values));
    } catch (error) {
      problem.fail(error);
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
        <FormProblem message={problem.formMessage} />
        <Button type="submit" size="md" fullWidth loading={form.submitting}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
