import type { InviteResponse } from '@corium/contracts';
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api } from '../../lib/api';
import { staffRoleOptions } from '../auth/roles';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormProblem } from '../../ui/FormProblem';
import { useFormProblem } from '../../ui/use-form-problem';
import { emptyInvite, inviteFields, toInviteRequest, validateInvite, type InviteValues } from './invite-form';

interface InviteFormProps {
  onInvited: (invited: InviteResponse) => void;
  onCancel: () => void;
}

export function InviteForm({ onInvited, onCancel }: InviteFormProps) {
  const form = useForm<InviteValues>({ initialValues: emptyInvite, validate: validateInvite });
  const problem = useFormProblem(form, inviteFields);

  async function submit(values: InviteValues) {
    problem.clear();
    try {
      onInvited(await api.inviteStaff(toInviteRequest(values)));
    } catch (error) {
      problem.fail(error);
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(errors, inviteFields))} noValidate>
      <Stack gap="md">
        <TextInput label="Name" required autoComplete="off" {...form.getInputProps('displayName')} />
        <TextInput label="E-mail" type="email" required autoComplete="off" {...form.getInputProps('email')} />
        <Select
          label="Role"
          required
          data={staffRoleOptions}
          allowDeselect={false}
          // Typing a role's first letters is quicker than opening the list on a tablet.
          searchable
          nothingFoundMessage="No role matches"
          comboboxProps={{ keepMounted: false }}
          {...form.getInputProps('role')}
        />
        <Checkbox
          label="Can prescribe"
          description="For clinicians licensed to prescribe, e.g. numbing creams or serums"
          {...form.getInputProps('isPrescriber', { type: 'checkbox' })}
        />
        <FormProblem message={problem.formMessage} title="No invitation was sent" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
