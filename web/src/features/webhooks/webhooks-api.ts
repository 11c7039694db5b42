import {
  webhookDeliveryList,
  webhookSecretResponse,
  webhookSubscription,
  webhookSubscriptionList,
  webhookTestResponse,
  type CreateWebhookRequest,
  type UpdateWebhookRequest,
  type WebhookDelivery,
  type WebhookSecretResponse,
  type WebhookSubscription,
} from '@corium/contracts';
import { request, requestNoContent, segment } from '../../lib/api';

const base = '/api/webhooks/subscriptions';

/** Webhook subscriptions and their deliveries: the clinic's admins only. */
export const webhooksApi = {
  list: async (): Promise<WebhookSubscription[]> =>
    (await request('GET', base, webhookSubscriptionList)).subscriptions,
  /** The answer holds the signing secret: the only time Corium shows it. */
  create: (body: CreateWebhookRequest): Promise<WebhookSecretResponse> =>
    request('POST', base, webhookSecretResponse, body),
  update: (id: string, body: UpdateWebhookRequest): Promise<WebhookSubscription> =>
    request('PATCH', `${base}/${segment(id)}`, webhookSubscription, body),
  remove: (id: string): Promise<void> => requestNoContent('DELETE', `${base}/${segment(id)}`),
  rotateSecret: (id: string): Promise<WebhookSecretResponse> =>
    request('POST', `${base}/${segment(id)}/rotate-secret`, webhookSecretResponse),
  sendTest: (id: string): Promise<{ eventId: string }> =>
    request('POST', `${base}/${segment(id)}/test`, webhookTestResponse),
  deliveries: async (): Promise<WebhookDelivery[]> =>
    (await request('GET', '/api/webhooks/deliveries', webhookDeliveryList)).deliveries,
};
