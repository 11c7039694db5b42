import type { InviteResponse } from '@corium/contracts';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { CopyTextButton } from '../../ui/CopyTextButton';

interface InvitationLinkProps {
  invited: InviteResponse;
  timeZone: string;
  onInviteAnother: () => void;
  onDone: () => void;
}

/** Clinics without e-mail set up pass the link on by hand, so it is shown as well as sent. */
export function InvitationLink({ invited, timeZone, onInviteAnother, onDone }: InvitationLinkProps) {
  const { user, inviteUrl, expiresAt } = invited;
  return (
    <Stack gap="md">
      <Alert color="corium" icon={<IconCircleCheck aria-hidden="true" />} role="status">
        {user.displayName} is invited. If this clinic sends e-mail, the link is on its way to {user.email}.
      </Alert>
      <TextInput
        label="Invitation link"
        description="You can also give them this link yourself, e.g. in a message. It works once."
        value={inviteUrl}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
      />
      <Group gap="sm">
        <CopyTextButton text={inviteUrl} label="Copy link" />
      </Group>
      <Text size="sm">
        The link expires on <time dateTime={expiresAt}>{clinicDateTime(expiresAt, timeZone)}</time>.
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onInviteAnother}>
          Invite someone else
        </Button>
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
