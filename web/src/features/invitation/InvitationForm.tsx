import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router-dom';
import { api } from '../../lib/api';
import { useSession, viewOf } from '../auth/session';
import { pathForSession } from '../auth/SignInStepGate';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { PasswordStrength } from '../../ui/PasswordStrength';
import { revealToggle } from '../../ui/reveal-toggle';
import { invitationFields, validateInvitation, type InvitationValues } from './invitation-form';

interface InvitationFormProps {
  token: string;
  email: string;
}

export function InvitationForm({ token, email }: InvitationFormProps) {
  const { adopt } = useSession();
  const navigate = useNavigate();
  const form = useForm<InvitationValues>({
    initialValues: { password: '', confirmPassword: '' },
    validate: validateInvitation,
    validateInputOnBlur: true,
  });
  const problem = useFormProblem(form, invitationFields);

  async function submit(values: InvitationValues) {
    problem.clear();
    try {
      const session = await api.acceptInvitation(token, values.password);
      adopt(session);
      // Staff go on to set up two-step sign-in.
      void navigate(pathForSession(viewOf(session)) ?? '/signin', { replace: true });
    } catch (error) {
      problem.fail(error);
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors, invitationFields))} noValidate>
      <Stack gap="md">
        {/* Lets password managers file the new password under the right e-mail address. */}
        <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label="Password"
          description="At least 8 characters. A passphrase of a few words is strong and easy to remember."
          required
          autoComplete="new-password"
          visibilityToggleButtonProps={revealToggle}
          {...form.getInputProps('password')}
        />
        <PasswordStrength password={form.values.password} />
        <PasswordInput
          label="Confirm password"
          required
          autoComplete="new-password"
          visibilityToggleButtonProps={revealToggle}
          {...form.getInputProps('confirmPassword')}
        />
        <FormProblem message={problem.formMessage} title="Your password was not set" />
        <Button type="submit" size="md" fullWidth loading={form.submitting}>
          Set password
        </Button>
      </Stack>
    </form>
  );
}
