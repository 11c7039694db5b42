import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { CopyTextButton } from '../../ui/CopyTextButton';

interface SecretNoticeProps {
  secret: string;
  url: string;
  onDone: () => void;
}

/** The signing secret, shown this once: Corium keeps it to sign with but never shows it again. */
export function SecretNotice({ secret, url, onDone }: SecretNoticeProps) {
  return (
    <Alert
      color="yellow"
      icon={<IconKey aria-hidden="true" />}
      title="Copy the signing secret now"
      role="status"
    >
      <Stack gap="sm">
        <Text size="sm">
          Give this secret to the system at {url}. It checks the X-Corium-Signature header of each delivery
          with it. Corium will not show it again; if it is lost, rotate the secret.
        </Text>
        <Code block>{secret}</Code>
        <Group gap="sm">
          <CopyTextButton text={secret} label="Copy secret" size="md" />
          <Button variant="subtle" onClick={onDone} size="md">
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
