import { z } from 'zod';
import { id } from './common';

/**
 * Webhooks: an admin subscribes an endpoint (https, or http to a host the server allows) to
 * event types. Corium POSTs each event as a small JSON body — ids only, never a patient's data —
 * signed with the subscription's secret (`X-Corium-Signature`, see README "Webhooks").
 */

const instant = z.iso.datetime({ offset: true });

export const webhookEventTypes = [
  'appointment.booked',
  'appointment.cancelled',
  'chart.signed',
  'alert.raised',
  'adverse_event.recorded',
] as const;
export const webhookEventType = z.enum(webhookEventTypes);
export type WebhookEventType = z.infer<typeof webhookEventType>;

/** A subscription's event types, or the test event an admin sends by hand. */
export const webhookDeliveredType = z.enum([...webhookEventTypes, 'webhook.test']);

export const webhookEventLabels: Record<WebhookEventType, string> = {
  'appointment.booked': 'Appointment booked',
  'appointment.cancelled': 'Appointment cancelled',
  'chart.signed': 'Treatment chart signed',
  'alert.raised': 'Aftercare alert raised',
  'adverse_event.recorded': 'Adverse event recorded',
};

/** The JSON body of every delivery, exactly as signed. */
export const webhookPayload = z.object({
  id,
  type: webhookDeliveredType,
  occurredAt: instant,
  /** `Appointment/<id>`: what the event is about, by id. */
  resource: z.string(),
  clinicId: id,
});
export type WebhookPayload = z.infer<typeof webhookPayload>;

const webhookUrl = z
  .url({ protocol: /^https?$/, message: 'Enter the full address, starting with https://' })
  .max(2000);

export const createWebhookRequest = z.strictObject({
  url: webhookUrl,
  description: z.string().trim().max(200).default(''),
  eventTypes: z.array(webhookEventType).min(1, 'Choose at least one event').max(webhookEventTypes.length),
});
export type CreateWebhookRequest = z.input<typeof createWebhookRequest>;

export const updateWebhookRequest = z.strictObject({
  status: z.enum(['active', 'paused']).optional(),
  description: z.string().trim().max(200).optional(),
  eventTypes: z.array(webhookEventType).min(1).max(webhookEventTypes.length).optional(),
});
export type UpdateWebhookRequest = z.infer<typeof updateWebhookRequest>;

export const webhookSubscription = z.object({
  id,
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(webhookEventType),
  status: z.enum(['active', 'paused']),
  createdAt: instant,
  secretRotatedAt: instant.nullable(),
});
export type WebhookSubscription = z.infer<typeof webhookSubscription>;

export const webhookSubscriptionList = z.object({ subscriptions: z.array(webhookSubscription) });

/** The secret is in this answer only (creation and rotation): Corium never shows it again. */
export const webhookSecretResponse = z.object({
  subscription: webhookSubscription,
  secret: z.string(),
});
export type WebhookSecretResponse = z.infer<typeof webhookSecretResponse>;

export const webhookAttempt = z.object({
  attempt: z.number().int(),
  attemptedAt: instant,
  durationMs: z.number().int(),
  responseStatus: z.number().int().nullable(),
  error: z.string().nullable(),
});

export const webhookDelivery = z.object({
  id,
  subscriptionId: id,
  url: z.string(),
  eventId: id,
  eventType: webhookDeliveredType,
  resource: z.string(),
  occurredAt: instant,
  status: z.enum(['pending', 'delivered', 'failed', 'skipped']),
  attempts: z.array(webhookAttempt),
  deliveredAt: instant.nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

export const webhookDeliveryList = z.object({ deliveries: z.array(webhookDelivery) });
export const webhookDeliveryQuery = z.strictObject({ subscriptionId: id.optional() });
export const webhookParams = z.strictObject({ subscriptionId: id });
export const webhookTestResponse = z.object({ eventId: id });
