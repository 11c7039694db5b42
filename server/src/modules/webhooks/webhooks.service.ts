import type {
  CreateWebhookRequest,
  UpdateWebhookRequest,
  WebhookDelivery,
  WebhookSecretResponse,
  WebhookSubscription,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { recordWebhookEvent } from './webhook-events';
import { newWebhookSecret } from './webhook-signature';
import { checkWebhookUrl } from './webhook-url';
import { toWebhookDelivery, toWebhookSubscription } from './webhooks.mapper';
import * as repo from './webhooks.repo';

/** An admin's webhook subscriptions: every change audited, the secret shown only when made. */

const RECENT_DELIVERIES = 50;

const notFound = () => new AppError('NOT_FOUND', 'This clinic has no such webhook');

/** One admin change in one transaction, audited with what changed (never the secret). */
function change<T>(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
  work: (trx: Trx, now: Date) => Promise<{ result: T; id: string; details: Record<string, unknown> }>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const { result, id, details } = await work(trx, now);
    const event = {
      action: 'update' as const,
      resourceType: 'webhook_subscription',
      resourceId: id,
      details,
    };
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return result;
  });
}

export async function listWebhooks(deps: Deps, principal: Principal): Promise<WebhookSubscription[]> {
  return (await repo.listSubscriptions(deps.db, principal.clinicId)).map(toWebhookSubscription);
}

export function createWebhook(
  deps: Deps,
  principal: Principal,
  request: CreateWebhookRequest,
  meta: RequestMeta,
): Promise<WebhookSecretResponse> {
  const url = checkWebhookUrl(request.url, deps.config.webhookHttpHosts);
  return change(deps, principal, meta, async (trx, now) => {
    const id = newId();
    const secret = newWebhookSecret();
    const eventTypes = [...new Set(request.eventTypes)];
    await repo.insertSubscription(trx, {
      ...{ id, clinic_id: principal.clinicId, url, description: request.description ?? '' },
      ...{ event_types: eventTypes, secret, created_by: principal.userId, created_at: now },
    });
    const row = (await repo.findSubscription(trx, principal.clinicId, id))!;
    return {
      result: { subscription: toWebhookSubscription(row), secret },
      id,
      details: { created: url, eventTypes },
    };
  });
}

export function updateWebhook(
  deps: Deps,
  principal: Principal,
  id: string,
  request: UpdateWebhookRequest,
  meta: RequestMeta,
): Promise<WebhookSubscription> {
  return change(deps, principal, meta, async (trx) => {
    const row = await repo.updateSubscription(trx, principal.clinicId, id, {
      ...(request.status ? { status: request.status } : {}),
      ...(request.description !== undefined ? { description: request.description } : {}),
      ...(request.eventTypes ? { event_types: [...new Set(request.eventTypes)] } : {}),
    });
    if (!row) throw notFound();
    return { result: toWebhookSubscription(row), id, details: { ...request } };
  });
}

export function deleteWebhook(
  deps: Deps,
  principal: Principal,
  id: string,
  meta: RequestMeta,
): Promise<void> {
  return change(deps, principal, meta, async (trx) => {
    if (!(await repo.deleteSubscription(trx, principal.clinicId, id))) throw notFound();
    return { result: undefined, id, details: { deleted: true } };
  });
}

/** A new secret at once: deliveries from now on are signed with it, the old one stops working. */
export function rotateWebhookSecret(
  deps: Deps,
  principal: Principal,
  id: string,
  meta: RequestMeta,
): Promise<WebhookSecretResponse> {
  return change(deps, principal, meta, async (trx, now) => {
    const secret = newWebhookSecret();
    const row = await repo.updateSubscription(trx, principal.clinicId, id, {
      secret,
      secret_rotated_at: now,
    });
    if (!row) throw notFound();
    return {
      result: { subscription: toWebhookSubscription(row), secret },
      id,
      details: { secretRotated: true },
    };
  });
}

/** A `webhook.test` event to this one subscription, sent even while it is paused. */
export function sendTestEvent(
  deps: Deps,
  principal: Principal,
  id: string,
  meta: RequestMeta,
): Promise<{ eventId: string }> {
  return change(deps, principal, meta, async (trx, now) => {
    if (!(await repo.findSubscription(trx, principal.clinicId, id))) throw notFound();
    const resource = `Subscription/${id}`;
    const eventId = await recordWebhookEvent(trx, principal.clinicId, 'webhook.test', resource, now, id);
    return { result: { eventId }, id, details: { testEvent: eventId } };
  });
}

export async function listDeliveries(
  deps: Deps,
  principal: Principal,
  query: { subscriptionId?: string | undefined },
): Promise<WebhookDelivery[]> {
  const rows = await repo.recentDeliveries(
    deps.db,
    principal.clinicId,
    query.subscriptionId,
    RECENT_DELIVERIES,
  );
  return rows.map(toWebhookDelivery);
}
