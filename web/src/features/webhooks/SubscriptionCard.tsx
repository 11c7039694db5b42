import { useState } from 'react';
import { webhookEventLabels, type WebhookSecretResponse, type WebhookSubscription } from '@corium/contracts';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { describeError } from '../../lib/api';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormProblem } from '../../ui/FormProblem';
import { webhooksApi } from './webhooks-api';

interface SubscriptionCardProps {
  subscription: WebhookSubscription;
  onChanged: () => void;
  onSecret: (rotated: WebhookSecretResponse) => void;
}

/** Runs one action on the subscription, then reloads; a refusal is shown on the card. */
function useAction(onChanged: () => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = (name: string, action: () => Promise<unknown>, message?: string) => {
    setBusy(name);
    setProblem(null);
    setDone(null);
    action()
      .then(() => {
        if (message) setDone(message);
        onChanged();
      })
      .catch((error: unknown) => setProblem(describeError(error)))
      .finally(() => setBusy(null));
  };
  return { busy, problem, done, run };
}

type Confirming = 'delete' | 'rotate' | null;

function Actions({
  s,
  onChanged,
  onConfirm,
}: {
  s: WebhookSubscription;
  onChanged: () => void;
  onConfirm: (c: Confirming) => void;
}) {
  const { busy, problem, done, run } = useAction(onChanged);
  const paused = s.status === 'paused';
  return (
    <>
      <FormProblem message={problem} title="That did not work" />
      <div role="status" aria-live="polite">
        {done && <Text size="sm">{done}</Text>}
      </div>
      <Group gap="sm">
        <Button
          variant="default"
          size="md"
          loading={busy === 'status'}
          onClick={() =>
            run('status', () => webhooksApi.update(s.id, { status: paused ? 'active' : 'paused' }))
          }
        >
          {paused ? 'Resume' : 'Pause'}
        </Button>
        <Button
          variant="default"
          size="md"
          loading={busy === 'test'}
          onClick={() =>
            run('test', () => webhooksApi.sendTest(s.id), 'Test event queued: see Recent deliveries.')
          }
        >
          Send test event
        </Button>
        <Button variant="default" size="md" onClick={() => onConfirm('rotate')}>
          Rotate secret
        </Button>
        <Button color="red" variant="light" size="md" onClick={() => onConfirm('delete')}>
          Delete
        </Button>
      </Group>
    </>
  );
}

function Dialogs({
  s,
  confirm,
  onClose,
  onChanged,
  onSecret,
}: SubscriptionCardProps & { s: WebhookSubscription; confirm: Confirming; onClose: () => void }) {
  return (
    <>
      <ConfirmDialog
        opened={confirm === 'rotate'}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        onClose={onClose}
        onConfirm={async () => onSecret(await webhooksApi.rotateSecret(s.id))}
      >
        The old secret stops working at once: deliveries from now on are signed with the new one.
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === 'delete'}
        title="Delete this webhook?"
        confirmLabel="Delete webhook"
        danger
        onClose={onClose}
        onConfirm={async () => {
          await webhooksApi.remove(s.id);
          onChanged();
        }}
      >
        Corium stops sending to {s.url}, and its delivery log is removed.
      </ConfirmDialog>
    </>
  );
}

/** One endpoint: its address, what it hears about, and what an admin can do with it. */
export function SubscriptionCard(props: SubscriptionCardProps) {
  const { subscription: s, onChanged } = props;
  const [confirm, setConfirm] = useState<Confirming>(null);
  const paused = s.status === 'paused';
  const headingId = `webhook-${s.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} withBorder>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h5" id={headingId} style={{ wordBreak: 'break-all' }}>
              {s.url}
            </Title>
            {s.description && <Text c="dimmed">{s.description}</Text>}
          </div>
          <Badge color={paused ? 'gray' : 'green'} variant="light">
            {paused ? 'Paused' : 'Active'}
          </Badge>
        </Group>
        <Text size="sm">Sends: {s.eventTypes.map((t) => webhookEventLabels[t]).join(', ')}</Text>
        <Actions s={s} onChanged={onChanged} onConfirm={setConfirm} />
      </Stack>
      <Dialogs {...props} s={s} confirm={confirm} onClose={() => setConfirm(null)} />
    </Card>
  );
}
