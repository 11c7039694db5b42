import { useState } from 'react';
import type { StaffUser } from '@corium/contracts';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EditStaffModal } from './EditStaffModal';

interface StaffMemberActionsProps {
  member: StaffUser;
  isSelf: boolean;
  onChanged: () => void;
}

type Dialog = 'edit' | 'access' | null;

export function StaffMemberActions({ member, isSelf, onChanged }: StaffMemberActionsProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const disabling = member.status !== 'disabled';

  async function changeAccess() {
    await api.updateStaff(member.id, { disabled: disabling });
    onChanged();
    const outcome = disabling ? 'can no longer sign in' : 'can sign in again';
    notifications.show({ color: 'corium', message: `${member.displayName} ${outcome}.` });
  }

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button
        variant="default"
        size="sm"
        onClick={() => setDialog('edit')}
        aria-label={`Edit ${member.displayName}`}
      >
        Edit
      </Button>
      {/* Disabling yourself would end your own access mid-task; another administrator can. */}
      {!isSelf && (
        <Button
          variant="default"
          size="sm"
          onClick={() => setDialog('access')}
          aria-label={`${disabling ? 'Disable' : 'Enable'} ${member.displayName}`}
        >
          {disabling ? 'Disable' : 'Enable'}
        </Button>
      )}
      {/* Mounted only while open, so it starts from the member's saved values each time. */}
      {dialog === 'edit' && (
        <EditStaffModal member={member} isSelf={isSelf} onClose={close} onSaved={onChanged} />
      )}
      <ConfirmDialog
        opened={dialog === 'access'}
        title={`${disabling ? 'Disable' : 'Enable'} ${member.displayName}?`}
        confirmLabel={disabling ? 'Disable account' : 'Enable account'}
        danger={disabling}
        onConfirm={changeAccess}
        onClose={close}
      >
        {disabling
          ? 'They will no longer be able to sign in to Corium. Everything they recorded stays in the records, and you can enable the account again at any time.'
          : 'They will be able to sign in again with their password and two-step sign-in.'}
      </ConfirmDialog>
    </Group>
  );
}
