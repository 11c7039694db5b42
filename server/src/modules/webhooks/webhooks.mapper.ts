import type { WebhookDelivery, WebhookSubscription } from '@corium/contracts';
import type { recentDeliveries, SubscriptionRow } from './webhooks.repo';

export const toWebhookSubscription = (row: SubscriptionRow): WebhookSubscription => ({
  id: row.id,
  url: row.url,
  description: row.description,
  // `webhook.test` is never a subscription's own type: it goes to one subscription by hand.
  eventTypes: row.event_types.filter((t) => t !== 'webhook.test'),
  status: row.status,
  createdAt: row.created_at.toISOString(),
  secretRotatedAt: row.secret_rotated_at?.toISOString() ?? null,
});

type DeliveryRow = Awaited<ReturnType<typeof recentDeliveries>>[number];

export const toWebhookDelivery = (row: DeliveryRow): WebhookDelivery => ({
  ...row,
  occurredAt: new Date(row.occurredAt).toISOString(),
  deliveredAt: row.deliveredAt ? new Date(row.deliveredAt).toISOString() : null,
  attempts: row.attempts.map((a) => ({ ...a, attemptedAt: new Date(a.attemptedAt).toISOString() })),
});
