import { useCallback, useRef, useState } from 'react';
import type { ApiToken } from '@corium/contracts';
import { Card, Code, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { ApiTokenTable } from './ApiTokenTable';

export function ApiTokensSection() {
  const load = useCallback(() => api.apiTokens(), []);
  const { resource, reload } = useResource(load);
  // The token stays set while the dialog closes, so its title does not go blank mid-animation.
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  function askToRevoke(token: ApiToken) {
    setRevoking(token);
    setConfirming(true);
  }

  return (
    <Card component="section" aria-labelledby="api-tokens-heading">
      <Title order={2} size="h4" id="api-tokens-heading" ref={heading} tabIndex={-1}>
        API tokens
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        A token lets other software, such as a reporting tool, use Corium’s API as one staff member, with that
        person’s role. Tokens are created on the server with <Code>npx corium token create --user EMAIL</Code>
        . Revoke any that are no longer needed.
      </Text>
      {resource.status === 'loading' && <SectionLoader label="Loading API tokens…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="API tokens could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' &&
        (resource.data.length === 0 ? (
          <Text>There are no API tokens.</Text>
        ) : (
          <ApiTokenTable tokens={resource.data} onRevoke={askToRevoke} />
        ))}
      <RevokeTokenDialog
        token={revoking}
        opened={confirming}
        onClose={() => setConfirming(false)}
        onRevoked={reload}
        // The revoked token's button is gone; the section heading is the nearest place to land.
        focusAfterClose={() => heading.current?.focus()}
      />
    </Card>
  );
}

interface RevokeTokenDialogProps {
  token: ApiToken | null;
  opened: boolean;
  onClose: () => void;
  onRevoked: () => void;
  focusAfterClose: () => void;
}

function RevokeTokenDialog({ token, opened, onClose, onRevoked, focusAfterClose }: RevokeTokenDialogProps) {
  async function revoke() {
    if (!token) return;
    await api.revokeApiToken(token.id);
    onRevoked();
    notifications.show({ color: 'corium', message: `The token “${token.name}” no longer works.` });
  }

  return (
    <ConfirmDialog
      opened={opened}
      title={`Revoke “${token?.name ?? ''}”?`}
      confirmLabel="Revoke token"
      danger
      onConfirm={revoke}
      onClose={onClose}
      focusAfterClose={focusAfterClose}
    >
      Software using this token will be refused from now on. This cannot be undone; a new token can be created
      on the server.
    </ConfirmDialog>
  );
}
