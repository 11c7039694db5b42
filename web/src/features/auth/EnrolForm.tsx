import type { TotpEnrolResponse } from '@corium/contracts';
import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api, isApiError } from '../../lib/api';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { useSignInTimeoutCheck } from './use-sign-in-timeout';
import { codeInputProps, normaliseCode, validateCode } from './totp-form';

const fields = ['code'];

const mismatch =
  'That code did not match. Check that your phone sets its clock automatically, then enter the newest code.';

interface EnrolFormProps {
  onEnrolled: (enrolled: TotpEnrolResponse) => void;
}

export function EnrolForm({ onEnrolled }: EnrolFormProps) {
  const form = useForm({ initialValues: { code: '' }, validate: (values) => validateCode(values.code) });
  const problem = useFormProblem(form, fields);
  const checkForTimeout = useSignInTimeoutCheck();

  async function submit(values: { code: string }) {
    problem.clear();
    try {
      onEnrolled(await api.enrolTotp(normaliseCode(values.code)));
    } catch (error) {
      if (isApiError(error, 'UNAUTHENTICATED')) {
        problem.show({ fieldErrors: { code: mismatch }, formMessage: null });
        checkForTimeout();
      } else {
        problem.fail(error);
      }
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors, fields))} noValidate>
      <Stack gap="md">
        <TextInput {...codeInputProps} {...form.getInputProps('code')} />
        <FormProblem message={problem.formMessage} />
        <Button type="submit" size="md" fullWidth loading={form.submitting}>
          Turn on two-step sign-in
        </Button>
      </Stack>
    </form>
  );
}
