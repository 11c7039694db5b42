import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of server/migrations/20261129092000_webhooks.sql; kept beside schema.ts. */

export type WebhookEventTypeColumn =
  | 'appointment.booked'
  | 'appointment.cancelled'
  | 'chart.signed'
  | 'alert.raised'
  | 'adverse_event.recorded'
  | 'webhook.test';

export interface WebhookSubscriptionTable {
  id: string;
  clinic_id: string;
  url: string;
  description: Generated<string>;
  event_types: WebhookEventTypeColumn[];
  secret: string;
  status: Generated<'active' | 'paused'>;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  secret_rotated_at: Date | null;
}

export interface WebhookEventTable {
  id: string;
  clinic_id: string;
  type: WebhookEventTypeColumn;
  resource: string;
  occurred_at: ColumnType<Date, Date, never>;
}

export interface WebhookDeliveryTable {
  id: string;
  clinic_id: string;
  subscription_id: string;
  event_id: string;
  status: Generated<'pending' | 'delivered' | 'failed' | 'skipped'>;
  attempts: Generated<number>;
  created_at: ColumnType<Date, Date, never>;
  delivered_at: Date | null;
}

export interface WebhookAttemptTable {
  id: string;
  clinic_id: string;
  delivery_id: string;
  attempt: number;
  attempted_at: Date;
  duration_ms: number;
  response_status: number | null;
  error: string | null;
}

export interface WebhookTables {
  webhook_subscription: WebhookSubscriptionTable;
  webhook_event: WebhookEventTable;
  webhook_delivery: WebhookDeliveryTable;
  webhook_attempt: WebhookAttemptTable;
}
