import { z } from 'zod';

export const healthResponse = z.object({
  status: z.enum(['ok', 'closing']),
  db: z.enum(['embedded-postgres', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;
