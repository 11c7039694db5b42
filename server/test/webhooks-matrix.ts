import { newId } from '../src/platform/ids';
import type { MatrixFixtures } from './authorization-fixtures';
import type { MatrixRow } from './authorization-matrix';

/**
 * Webhooks in the authorization matrix: the clinic's integration setting, admins only. A
 * subscription to change, test or delete is made fresh for each call; for another clinic,
 * an id that names nothing here.
 */

const admin = { admin: true } as const;

export const webhooksMatrix: MatrixRow[] = [
  { route: 'GET /api/webhooks/subscriptions', allow: admin },
  { route: 'POST /api/webhooks/subscriptions', allow: admin },
  { route: 'PATCH /api/webhooks/subscriptions/:subscriptionId', allow: admin },
  { route: 'DELETE /api/webhooks/subscriptions/:subscriptionId', allow: admin },
  { route: 'POST /api/webhooks/subscriptions/:subscriptionId/rotate-secret', allow: admin },
  { route: 'POST /api/webhooks/subscriptions/:subscriptionId/test', allow: admin },
  { route: 'GET /api/webhooks/deliveries', allow: admin },
];

async function freshSubscription(f: MatrixFixtures): Promise<string> {
  const id = newId();
  await f.t.deps.db
    .insertInto('webhook_subscription')
    .values({
      ...{
        id,
        clinic_id: f.clinicA.id,
        url: 'https://hooks.example.com/matrix',
        event_types: ['chart.signed'],
      },
      ...{ secret: 'whsec_matrix', created_by: f.ids.user, created_at: f.t.clock.now() },
    })
    .execute();
  return id;
}

/** `path` with `:subscriptionId` filled: clinic a's fresh subscription, or for another clinic, nothing here. */
export async function withWebhookIds(f: MatrixFixtures, path: string, otherClinic: boolean): Promise<string> {
  if (!path.includes(':subscriptionId')) return path;
  return path.replace(':subscriptionId', otherClinic ? newId() : await freshSubscription(f));
}

export const webhookBodies = (): Record<string, () => object> => ({
  'POST /api/webhooks/subscriptions': () => ({
    url: 'https://hooks.example.com/matrix',
    eventTypes: ['appointment.booked'],
  }),
  'PATCH /api/webhooks/subscriptions/:subscriptionId': () => ({ status: 'paused' }),
});
