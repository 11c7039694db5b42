import type { WebhookPayload } from '@corium/contracts';
import type { Deps } from '../../deps';
import { newId } from '../../platform/ids';
import type { JobContext } from '../../platform/jobs/job';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature';
import * as repo from './webhooks.repo';

/** An endpoint gets 10 s to answer; a slower one counts as failed and is tried again later. */
export const DELIVERY_TIMEOUT_MS = 10_000;

type Sending = NonNullable<Awaited<ReturnType<typeof repo.deliveryToSend>>>;

const payloadOf = (d: Sending, clinicId: string): WebhookPayload => ({
  id: d.event_id,
  type: d.type,
  occurredAt: d.occurred_at.toISOString(),
  resource: d.resource,
  clinicId,
});

/** One POST: the status it answered (null without an answer) and why it failed, if it did. */
async function post(url: string, body: string, signature: string) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signature,
        'user-agent': 'Corium-Webhooks',
      },
      body,
      // A redirect is not followed: the receiver's address is the one the admin entered.
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel();
    const ok = response.status >= 200 && response.status < 300;
    return { status: response.status, error: ok ? null : `Answered HTTP ${response.status}` };
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return {
      status: null,
      error: timedOut ? 'No answer within 10 s' : `Could not connect${cause ? ` (${cause})` : ''}`,
    };
  }
}

/**
 * The delivery job: POSTs the event to the endpoint, signed, and logs the attempt. A failure is
 * logged outside the job's transaction (the worker rolls that back) and thrown, so the outbox
 * tries again with its backoff; after the last attempt the delivery is marked failed. A deleted
 * subscription's deliveries are gone with it; a paused one's are skipped.
 */
export async function deliverWebhook(
  deps: Deps,
  { clinicId, deliveryId }: { clinicId: string; deliveryId: string },
  ctx: JobContext,
): Promise<void> {
  const delivery = await repo.deliveryToSend(ctx.trx, clinicId, deliveryId);
  if (!delivery || delivery.status !== 'pending') return;
  // A test event goes out even while paused: the admin checks the endpoint before resuming.
  if (delivery.subscription_status === 'paused' && delivery.type !== 'webhook.test') {
    await repo.settleDelivery(ctx.trx, clinicId, deliveryId, { status: 'skipped' });
    return;
  }
  const body = JSON.stringify(payloadOf(delivery, clinicId));
  const attemptedAt = deps.clock.now();
  const started = performance.now();
  const answer = await post(delivery.url, body, signatureHeader(delivery.secret, body, attemptedAt));
  const attempt = {
    id: newId(),
    clinic_id: clinicId,
    delivery_id: deliveryId,
    attempt: ctx.attempt,
    attempted_at: attemptedAt,
    duration_ms: Math.round(performance.now() - started),
    response_status: answer.status,
    error: answer.error,
  };
  if (answer.error === null) {
    await repo.insertAttempt(ctx.trx, attempt);
    await repo.settleDelivery(ctx.trx, clinicId, deliveryId, {
      status: 'delivered',
      attempts: ctx.attempt,
      delivered_at: deps.clock.now(),
    });
    return;
  }
  const last = ctx.attempt >= (await repo.maxAttemptsOf(ctx.trx, ctx.outboxId));
  await repo.insertAttempt(deps.db, attempt);
  await repo.settleDelivery(deps.db, clinicId, deliveryId, {
    status: last ? 'failed' : 'pending',
    attempts: ctx.attempt,
  });
  throw new Error(`Webhook delivery ${deliveryId}: ${answer.error}`);
}
