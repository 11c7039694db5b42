import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api, isApiError } from '../../lib/api';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { useSession } from './session';
import { useSignInTimeoutCheck } from './use-sign-in-timeout';
import { codeInputProps, normaliseCode, validateCode, validateRecoveryCode } from './totp-form';

export type VerifyMethod = 'code' | 'recovery';

interface VerifyValues {
  code: string;
  recoveryCode: string;
}

const wrongAnswer: Record<VerifyMethod, string> = {
  code: 'That code is not right. Enter the newest code your app shows.',
  recovery: 'That recovery code is not right, or it has been used already.',
};

function verifyRequest(method: VerifyMethod, values: VerifyValues) {
  return method === 'code'
    ? { code: normaliseCode(values.code) }
    : { recoveryCode: values.recoveryCode.trim() };
}

interface VerifyFormProps {
  method: VerifyMethod;
  onSwitchMethod: () => void;
  /** After a switch of method the new field takes focus; on arrival the page's main region has it. */
  focusOnMount: boolean;
}

/** On success the session changes and the step gate moves on; the form itself never navigates. */
export function VerifyForm({ method, onSwitchMethod, focusOnMount }: VerifyFormProps) {
  const { adopt } = useSession();
  const field = method === 'code' ? 'code' : 'recoveryCode';
  const fields = [field];
  const form = useForm<VerifyValues>({
    initialValues: { code: '', recoveryCode: '' },
    validate: (values) =>
      method === 'code' ? validateCode(values.code) : validateRecoveryCode(values.recoveryCode),
  });
  const problem = useFormProblem(form, fields);
  const checkForTimeout = useSignInTimeoutCheck();

  async function submit(values: VerifyValues) {
    problem.clear();
    try {
      adopt(await api.verifyTotp(verifyRequest(method, values)));
    } catch (error) {
      if (isApiError(error, 'UNAUTHENTICATED')) {
        problem.show({ fieldErrors: { [field]: wrongAnswer[method] }, formMessage: null });
        checkForTimeout();
      } else {
        problem.fail(error);
      }
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors, fields))} noValidate>
      <Stack gap="md">
        {method === 'code' ? (
          <TextInput {...codeInputProps} autoFocus={focusOnMount} {...form.getInputProps('code')} />
        ) : (
          <TextInput
            label="Recovery code"
            required
            autoComplete="off"
            spellCheck={false}
            autoFocus={focusOnMount}
            {...form.getInputProps('recoveryCode')}
          />
        )}
        <FormProblem message={problem.formMessage} />
        <Button type="submit" size="md" fullWidth loading={form.submitting}>
          Verify
        </Button>
        <Button variant="subtle" onClick={onSwitchMethod}>
          {method === 'code' ? 'Use a recovery code instead' : 'Use an authentication code instead'}
        </Button>
      </Stack>
    </form>
  );
}
