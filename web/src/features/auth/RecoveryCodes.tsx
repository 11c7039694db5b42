import type { TotpEnrolResponse } from '@corium/contracts';
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { CopyTextButton } from '../../ui/CopyTextButton';
import { downloadText } from '../../ui/download-text';

interface RecoveryCodesProps {
  enrolled: TotpEnrolResponse;
  onSaved: () => void;
}

function codesFile({ recoveryCodes, session }: TotpEnrolResponse): string {
  const owner =
    session.state === 'signed_in' ? `${session.current.user.email} at ${session.current.clinic.name}` : null;
  const heading = owner ? `Corium recovery codes for ${owner}` : 'Corium recovery codes';
  return [
    heading,
    'Each code signs you in once, instead of an authentication code.',
    '',
    ...recoveryCodes,
    '',
  ].join('\n');
}

export function RecoveryCodes({ enrolled, onSaved }: RecoveryCodesProps) {
  const { recoveryCodes } = enrolled;
  return (
    <Stack gap="lg">
      <SimpleGrid
        component="ol"
        cols={2}
        spacing="xs"
        m={0}
        p="md"
        bg="gray.0"
        aria-label="Recovery codes"
        style={{ listStyle: 'none', borderRadius: 'var(--mantine-radius-md)' }}
      >
        {recoveryCodes.map((code) => (
          <Text component="li" key={code} ff="monospace" fz="md">
            {code}
          </Text>
        ))}
      </SimpleGrid>
      <Group gap="sm" grow>
        <CopyTextButton text={recoveryCodes.join('\n')} label="Copy codes" />
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden="true" />}
          onClick={() => downloadText('corium-recovery-codes.txt', codesFile(enrolled))}
        >
          Download as .txt
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        You can also print this page or write the codes down. Anyone with a code and your password can sign in
        as you, so keep them private.
      </Text>
      <Button size="md" onClick={onSaved}>
        I have saved my recovery codes
      </Button>
    </Stack>
  );
}
