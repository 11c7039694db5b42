import { useState } from 'react';
import type { InviteResponse } from '@corium/contracts';
import { Modal } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import { InvitationLink } from './InvitationLink';
import { InviteForm } from './InviteForm';

/** Mounted only while open, so each invitation starts from an empty form. */
interface InviteStaffModalProps {
  onClose: () => void;
  /** Called for each invitation sent, so the team list can show the new person. */
  onInvited: () => void;
}

export function InviteStaffModal({ onClose, onInvited }: InviteStaffModalProps) {
  const { clinic } = useCurrentUser();
  const [invited, setInvited] = useState<InviteResponse | null>(null);

  function showLink(response: InviteResponse) {
    setInvited(response);
    onInvited();
  }

  return (
    <Modal opened onClose={onClose} title="Invite staff member" size="lg">
      {invited ? (
        <InvitationLink
          invited={invited}
          timeZone={clinic.timeZone}
          onInviteAnother={() => setInvited(null)}
          onDone={onClose}
        />
      ) : (
        <InviteForm onInvited={showLink} onCancel={onClose} />
      )}
    </Modal>
  );
}
