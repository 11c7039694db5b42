import type { ApiToken } from '@corium/contracts';
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import { roleName } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { useNow } from '../../ui/use-now';

function tokenState(token: ApiToken, now: number): string {
  if (token.revokedAt) return 'Revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'Expired';
  return 'Active';
}

interface ApiTokenTableProps {
  tokens: ApiToken[];
  onRevoke: (token: ApiToken) => void;
}

export function ApiTokenTable({ tokens, onRevoke }: ApiTokenTableProps) {
  const { timeZone } = useCurrentUser().clinic;
  const now = useNow().getTime();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {['Name', 'Acts as', 'Created', 'Last used', 'Expires', 'State'].map((heading) => (
              <Table.Th key={heading} scope="col">
                {heading}
              </Table.Th>
            ))}
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} now={now} timeZone={timeZone} onRevoke={onRevoke} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface TokenRowProps {
  token: ApiToken;
  now: number;
  timeZone: string;
  onRevoke: (token: ApiToken) => void;
}

function TokenRow({ token, now, timeZone, onRevoke }: TokenRowProps) {
  const when = (instant: string | null, none: string) => (instant ? clinicDateTime(instant, timeZone) : none);
  return (
    <Table.Tr>
      <Table.Td fw={600}>{token.name}</Table.Td>
      <Table.Td>
        {token.user.email}
        <Text size="sm" c="dimmed">
          {roleName(token.user.role)}
        </Text>
      </Table.Td>
      <Table.Td>{when(token.createdAt, '—')}</Table.Td>
      <Table.Td>{when(token.lastUsedAt, 'Never')}</Table.Td>
      <Table.Td>{when(token.expiresAt, 'Never')}</Table.Td>
      <Table.Td>{tokenState(token, now)}</Table.Td>
      <Table.Td>
        {!token.revokedAt && (
          <Button
            variant="default"
            size="sm"
            onClick={() => onRevoke(token)}
            aria-label={`Revoke ${token.name}`}
          >
            Revoke
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
