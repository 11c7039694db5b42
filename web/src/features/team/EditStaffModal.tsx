import { useState } from 'react';
import type { StaffRole, StaffUser } from '@corium/contracts';
import { Button, Checkbox, Group, Modal, Select, Stack } from '@mantine/core';
import { api, describeError } from '../../lib/api';
import { staffRoleOptions } from '../auth/roles';
import { FormProblem } from '../../ui/FormProblem';

interface EditStaffModalProps {
  member: StaffUser;
  /** An administrator who demoted themselves could leave the clinic with no one to manage the team. */
  isSelf: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Sends only what changed, so an edit never undoes someone else's change to the other field. */
function useStaffEdit(member: StaffUser, onDone: () => void) {
  const [role, setRole] = useState<StaffRole>(member.role);
  const [isPrescriber, setIsPrescriber] = useState(member.isPrescriber);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setFailure(null);
    try {
      await api.updateStaff(member.id, {
        ...(role !== member.role && { role }),
        ...(isPrescriber !== member.isPrescriber && { isPrescriber }),
      });
      onDone();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return { role, setRole, isPrescriber, setIsPrescriber, busy, failure, save };
}

export function EditStaffModal({ member, isSelf, onClose, onSaved }: EditStaffModalProps) {
  const edit = useStaffEdit(member, () => {
    onSaved();
    onClose();
  });

  return (
    <Modal opened onClose={onClose} title={`Edit ${member.displayName}`}>
      <Stack gap="md">
        <Select
          label="Role"
          data={staffRoleOptions}
          value={edit.role}
          onChange={(value) => edit.setRole((value as StaffRole | null) ?? member.role)}
          allowDeselect={false}
          // Typing a role's first letters is quicker than opening the list on a tablet.
          searchable
          nothingFoundMessage="No role matches"
          disabled={isSelf}
          description={isSelf ? 'Another administrator can change your role.' : undefined}
          comboboxProps={{ keepMounted: false }}
        />
        <Checkbox
          label="Can prescribe"
          checked={edit.isPrescriber}
          onChange={(event) => edit.setIsPrescriber(event.currentTarget.checked)}
        />
        <FormProblem message={edit.failure} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={edit.busy}>
            Cancel
          </Button>
          <Button loading={edit.busy} onClick={() => void edit.save()}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
