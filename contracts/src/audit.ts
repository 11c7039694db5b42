import { z } from 'zod';
import { id } from './common';

export const auditActions = [
  'read',
  'search',
  'create',
  'update',
  'delete',
  'export',
  'print',
  'sign_in',
  'sign_out',
  'access_denied',
] as const;

/** One look at or change of patient data, as shown to an admin or to the patient. */
export const accessEvent = z.object({
  id,
  occurredAt: z.iso.datetime(),
  action: z.enum(auditActions),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'failure']),
  actor: z.object({ id: id.nullable(), displayName: z.string().nullable(), role: z.string().nullable() }),
  ip: z.string().nullable(),
});
export type AccessEvent = z.infer<typeof accessEvent>;

export const accessLogQuery = z.strictObject({
  userId: id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AccessLogQuery = z.input<typeof accessLogQuery>;

export const accessLog = z.object({ events: z.array(accessEvent) });
export type AccessLog = z.infer<typeof accessLog>;
