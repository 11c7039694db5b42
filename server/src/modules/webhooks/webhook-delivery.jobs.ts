import { z } from 'zod';
import type { Deps } from '../../deps';
import { defineJob } from '../../platform/jobs/job';
import { deliverWebhook } from './webhook-delivery';

const deliveryPayload = z.object({ clinicId: z.uuid(), deliveryId: z.uuid() });

/** One event to one endpoint; retried by the outbox (5 s, 10 s, 20 s … up to its last attempt). */
export const webhookDeliveryJob = defineJob<z.infer<typeof deliveryPayload>, Deps>({
  name: 'webhooks.deliver',
  payload: deliveryPayload,
  handle: (deps, payload, ctx) => deliverWebhook(deps, payload, ctx),
});
