import type { WebhookDelivery } from '@corium/contracts';
import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { WebhookEventTypeColumn } from '../../platform/db/webhooks-schema';

/** SQL over the webhook tables; every query names the clinic. */

const subscriptionColumns = [
  'id',
  'url',
  'description',
  'event_types',
  'status',
  'created_at',
  'secret_rotated_at',
] as const;

export type SubscriptionRow = {
  id: string;
  url: string;
  description: string;
  event_types: WebhookEventTypeColumn[];
  status: 'active' | 'paused';
  created_at: Date;
  secret_rotated_at: Date | null;
};

export const listSubscriptions = (db: Executor, clinicId: string): Promise<SubscriptionRow[]> =>
  db
    .selectFrom('webhook_subscription')
    .select(subscriptionColumns)
    .where('clinic_id', '=', clinicId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const findSubscription = (db: Executor, clinicId: string, id: string) =>
  db
    .selectFrom('webhook_subscription')
    .select(subscriptionColumns)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertSubscription = (
  trx: Trx,
  row: {
    id: string;
    clinic_id: string;
    url: string;
    description: string;
    event_types: WebhookEventTypeColumn[];
    secret: string;
    created_by: string;
    created_at: Date;
  },
) => trx.insertInto('webhook_subscription').values(row).execute();

export const updateSubscription = (
  trx: Trx,
  clinicId: string,
  id: string,
  changes: {
    status?: 'active' | 'paused';
    description?: string;
    event_types?: WebhookEventTypeColumn[];
    secret?: string;
    secret_rotated_at?: Date;
  },
) =>
  // An empty PATCH changes nothing (and an UPDATE without SET is not SQL): answer with the row.
  Object.keys(changes).length === 0
    ? findSubscription(trx, clinicId, id)
    : trx
        .updateTable('webhook_subscription')
        .set(changes)
        .where('clinic_id', '=', clinicId)
        .where('id', '=', id)
        .returning(subscriptionColumns)
        .executeTakeFirst();

export const deleteSubscription = async (trx: Trx, clinicId: string, id: string): Promise<boolean> =>
  (
    await trx
      .deleteFrom('webhook_subscription')
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst()
  ).numDeletedRows > 0n;

/** The active subscriptions an event type goes to. */
export const subscribersOf = (trx: Trx, clinicId: string, type: WebhookEventTypeColumn) =>
  trx
    .selectFrom('webhook_subscription')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('status', '=', 'active')
    .where(sql<boolean>`${type} = ANY(event_types)`)
    .execute();

export const insertEvent = (
  trx: Trx,
  row: { id: string; clinic_id: string; type: WebhookEventTypeColumn; resource: string; occurred_at: Date },
) => trx.insertInto('webhook_event').values(row).execute();

export const insertDelivery = (
  trx: Trx,
  row: { id: string; clinic_id: string; subscription_id: string; event_id: string; created_at: Date },
) => trx.insertInto('webhook_delivery').values(row).execute();

/** A delivery with what sending it needs: the endpoint, its secret and the event. */
export const deliveryToSend = (db: Executor, clinicId: string, deliveryId: string) =>
  db
    .selectFrom('webhook_delivery as d')
    .innerJoin('webhook_subscription as s', (j) =>
      j.onRef('s.clinic_id', '=', 'd.clinic_id').onRef('s.id', '=', 'd.subscription_id'),
    )
    .innerJoin('webhook_event as e', (j) =>
      j.onRef('e.clinic_id', '=', 'd.clinic_id').onRef('e.id', '=', 'd.event_id'),
    )
    .select(['d.id', 'd.status', 's.url', 's.secret', 's.status as subscription_status'])
    .select(['e.id as event_id', 'e.type', 'e.resource', 'e.occurred_at'])
    .where('d.clinic_id', '=', clinicId)
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();

export const insertAttempt = (
  db: Executor,
  row: {
    id: string;
    clinic_id: string;
    delivery_id: string;
    attempt: number;
    attempted_at: Date;
    duration_ms: number;
    response_status: number | null;
    error: string | null;
  },
) => db.insertInto('webhook_attempt').values(row).execute();

export const settleDelivery = (
  db: Executor,
  clinicId: string,
  deliveryId: string,
  change: { status: 'pending' | 'delivered' | 'failed' | 'skipped'; attempts?: number; delivered_at?: Date },
) =>
  db
    .updateTable('webhook_delivery')
    .set(change)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', deliveryId)
    .execute();

/** How many attempts the outbox gives this job before it is dead. */
export const maxAttemptsOf = async (db: Executor, outboxId: string): Promise<number> =>
  (await db.selectFrom('outbox').select('max_attempts').where('id', '=', outboxId).executeTakeFirst())
    ?.max_attempts ?? 1;

type DeliveryRow = Omit<WebhookDelivery, 'occurredAt' | 'deliveredAt' | 'attempts'> & {
  occurredAt: Date;
  deliveredAt: Date | null;
  attempts: {
    attempt: number;
    attemptedAt: string;
    durationMs: number;
    responseStatus: number | null;
    error: string | null;
  }[];
};

/** The clinic's most recent deliveries (of one subscription, if named), each with its attempts. */
export const recentDeliveries = (
  db: Executor,
  clinicId: string,
  subscriptionId: string | undefined,
  limit: number,
) => {
  let query = db
    .selectFrom('webhook_delivery as d')
    .innerJoin('webhook_subscription as s', (j) =>
      j.onRef('s.clinic_id', '=', 'd.clinic_id').onRef('s.id', '=', 'd.subscription_id'),
    )
    .innerJoin('webhook_event as e', (j) =>
      j.onRef('e.clinic_id', '=', 'd.clinic_id').onRef('e.id', '=', 'd.event_id'),
    )
    .where('d.clinic_id', '=', clinicId);
  if (subscriptionId) query = query.where('d.subscription_id', '=', subscriptionId);
  return query
    .select([
      'd.id',
      'd.subscription_id as subscriptionId',
      's.url',
      'e.id as eventId',
      'e.type as eventType',
      'e.resource',
      'e.occurred_at as occurredAt',
      'd.status',
      'd.delivered_at as deliveredAt',
    ])
    .select(
      sql<DeliveryRow['attempts']>`COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt,
        'attemptedAt', a.attempted_at, 'durationMs', a.duration_ms, 'responseStatus', a.response_status,
        'error', a.error) ORDER BY a.attempt) FROM webhook_attempt a
        WHERE a.clinic_id = d.clinic_id AND a.delivery_id = d.id), '[]'::json)`.as('attempts'),
    )
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute() as Promise<DeliveryRow[]>;
};
