import { useCallback, useState } from 'react';
import type { WebhookDelivery, WebhookSecretResponse, WebhookSubscription } from '@corium/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource, type Resource } from '../../ui/use-resource';
import { DeliveriesTable } from './DeliveriesTable';
import { NewWebhookForm } from './NewWebhookForm';
import { SecretNotice } from './SecretNotice';
import { SubscriptionCard } from './SubscriptionCard';
import { webhooksApi } from './webhooks-api';

/** What the sections need of a loaded list. */
interface Loaded<T> {
  resource: Resource<T>;
  reload: () => void;
}

function EndpointsSection({
  list,
  onChanged,
  onSecret,
}: {
  list: Loaded<WebhookSubscription[]>;
  onChanged: () => void;
  onSecret: (answer: WebhookSecretResponse) => void;
}) {
  const { resource, reload } = list;
  return (
    <Card component="section" aria-labelledby="webhooks-heading">
      <Title order={2} size="h4" id="webhooks-heading" mb="md">
        Endpoints
      </Title>
      {resource.status === 'loading' && <SectionLoader label="Loading webhooks…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Webhooks could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <Stack gap="md">
          {resource.data.length === 0 && <Text c="dimmed">No webhooks yet.</Text>}
          {resource.data.map((s) => (
            <SubscriptionCard key={s.id} subscription={s} onChanged={onChanged} onSecret={onSecret} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function DeliveriesSection({ list }: { list: Loaded<WebhookDelivery[]> }) {
  const { timeZone } = useCurrentUser().clinic;
  const { resource, reload } = list;
  return (
    <Card component="section" aria-labelledby="deliveries-heading">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4" id="deliveries-heading">
          Recent deliveries
        </Title>
        <Button
          variant="default"
          size="md"
          leftSection={<IconRefresh size={18} aria-hidden="true" />}
          onClick={reload}
        >
          Refresh
        </Button>
      </Group>
      {resource.status === 'loading' && <SectionLoader label="Loading deliveries…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Deliveries could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && <DeliveriesTable deliveries={resource.data} timeZone={timeZone} />}
    </Card>
  );
}

/** Admins: where the clinic's events go (other systems), and what was delivered. */
export function WebhooksPage() {
  usePageTitle('Webhooks');
  const loadSubscriptions = useCallback(() => webhooksApi.list(), []);
  const loadDeliveries = useCallback(() => webhooksApi.deliveries(), []);
  const subscriptions = useResource(loadSubscriptions);
  const deliveries = useResource(loadDeliveries);
  const [secret, setSecret] = useState<WebhookSecretResponse | null>(null);
  const reloadAll = () => {
    subscriptions.reload();
    deliveries.reload();
  };
  const showSecret = (answer: WebhookSecretResponse) => {
    setSecret(answer);
    reloadAll();
  };
  return (
    <Stack gap="lg" maw={1080}>
      <div>
        <Title order={1}>Webhooks</Title>
        <Text c="dimmed">
          Corium tells other systems when a visit is booked or cancelled, a chart is signed, an aftercare
          alert is raised or an adverse event is recorded. Each message names what happened by its id only,
          and is signed.
        </Text>
      </div>
      {secret && (
        <SecretNotice secret={secret.secret} url={secret.subscription.url} onDone={() => setSecret(null)} />
      )}
      <NewWebhookForm onCreated={showSecret} />
      <EndpointsSection list={subscriptions} onChanged={reloadAll} onSecret={showSecret} />
      <DeliveriesSection list={deliveries} />
    </Stack>
  );
}
