import type { Trx } from '../../platform/db/database';
import type { WebhookEventTypeColumn } from '../../platform/db/webhooks-schema';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { webhookDeliveryJob } from './webhook-delivery.jobs';
import * as repo from './webhooks.repo';

/**
 * Records an event in the caller's transaction and queues one delivery per active subscription
 * to its type: a booking rolled back leaves no event and sends nothing. Booking, charting and
 * aftercare call this where the change happens. Returns the event's id.
 */
export async function recordWebhookEvent(
  trx: Trx,
  clinicId: string,
  type: WebhookEventTypeColumn,
  /** What it is about, by id only: `Appointment/<id>`. */
  resource: string,
  at: Date,
  /** The one subscription a test event goes to. */
  only?: string,
): Promise<string> {
  const event = { clinicId, type, resource, at };
  const id = newId();
  await repo.insertEvent(trx, {
    id,
    clinic_id: event.clinicId,
    type: event.type,
    resource: event.resource,
    occurred_at: event.at,
  });
  const subscribers = only ? [{ id: only }] : await repo.subscribersOf(trx, event.clinicId, event.type);
  for (const subscription of subscribers) {
    const deliveryId = newId();
    await repo.insertDelivery(trx, {
      id: deliveryId,
      clinic_id: event.clinicId,
      subscription_id: subscription.id,
      event_id: id,
      created_at: event.at,
    });
    await enqueue(
      trx,
      webhookDeliveryJob,
      { clinicId: event.clinicId, deliveryId },
      { clinicId: event.clinicId, runAt: event.at },
    );
  }
  return id;
}
