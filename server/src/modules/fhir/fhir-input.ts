import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error';

/**
 * Checks the structure a mapper reads from a client's resource before it reads it: arrays are
 * arrays and objects are objects, so `telecom: null` or `participant: "x"` is a 400 naming the
 * element, never a TypeError. Values stay `unknown`; the module's own validation judges them.
 */
export function readShape<T>(schema: z.ZodType<T>, body: unknown, resourceType: string): T {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  throw new AppError(
    'VALIDATION_FAILED',
    `The ${resourceType} resource is not shaped as FHIR R4 expects`,
    parsed.error.issues.map((issue) => ({
      path: [resourceType, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}

/** A FHIR list element that may be absent: an array of objects whose fields are read loosely. */
export const listOf = <S extends z.ZodRawShape>(shape: S) => z.array(z.looseObject(shape)).optional();

/** A primitive element that may be absent; its value is judged later by the module. */
export const maybe = z.unknown().optional();
