import { useState, type FormEvent } from 'react';
import {
  webhookEventLabels,
  webhookEventTypes,
  type WebhookEventType,
  type WebhookSecretResponse,
} from '@corium/contracts';
import { Button, Card, Checkbox, Stack, TextInput, Title } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { webhooksApi } from './webhooks-api';

interface NewWebhookFormProps {
  onCreated: (created: WebhookSecretResponse) => void;
}

/** Sends the form; the form is emptied once the webhook exists. */
function useCreateWebhook(onCreated: (created: WebhookSecretResponse) => void) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['appointment.booked']);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      onCreated(await webhooksApi.create({ url: url.trim(), description, eventTypes: events }));
      setUrl('');
      setDescription('');
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return { url, setUrl, description, setDescription, events, setEvents, busy, problem, submit };
}

function EventChoices({
  events,
  onChange,
}: {
  events: WebhookEventType[];
  onChange: (v: WebhookEventType[]) => void;
}) {
  return (
    <Checkbox.Group
      label="Events to send"
      value={events}
      onChange={(value) => onChange(value as WebhookEventType[])}
      required
    >
      <Stack gap="xs" mt="xs">
        {webhookEventTypes.map((type) => (
          <Checkbox key={type} value={type} label={webhookEventLabels[type]} size="md" />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** Adds an endpoint: its https address, what it is for, and the events it should hear about. */
export function NewWebhookForm({ onCreated }: NewWebhookFormProps) {
  const form = useCreateWebhook(onCreated);
  return (
    <Card component="section" aria-labelledby="new-webhook-heading">
      <form onSubmit={form.submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="new-webhook-heading">
            Add a webhook
          </Title>
          <FormProblem message={form.problem} title="The webhook was not added" />
          <TextInput
            label="Address"
            description="Where Corium sends the events, starting with https://"
            placeholder="https://integrations.example.com/corium"
            value={form.url}
            onChange={(e) => form.setUrl(e.currentTarget.value)}
            required
            size="md"
          />
          <TextInput
            label="What it is for"
            description="For example: the practice-management system"
            value={form.description}
            maxLength={200}
            onChange={(e) => form.setDescription(e.currentTarget.value)}
            size="md"
          />
          <EventChoices events={form.events} onChange={form.setEvents} />
          <Button
            type="submit"
            loading={form.busy}
            disabled={form.events.length === 0}
            size="md"
            style={{ alignSelf: 'flex-start' }}
          >
            Add webhook
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
