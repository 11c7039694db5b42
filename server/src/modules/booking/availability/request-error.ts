/** One thing wrong with a request: `path` names the field, e.g. `segments.1.uses.0`. */
export interface AvailabilityIssue {
  path: string;
  message: string;
}

/**
 * A request the core cannot answer (bad dates, an unknown zone, a segment naming no role …).
 * The booking service maps it to `VALIDATION_FAILED` (400) with `issues` as the details, the
 * same `{ path, message }` shape as every other field error.
 */
export class AvailabilityRequestError extends Error {
  override name = 'AvailabilityRequestError';
  readonly issues: AvailabilityIssue[];

  constructor(path: string, message: string) {
    super(message);
    this.issues = [{ path, message }];
  }
}

export function refuse(path: string, message: string): never {
  throw new AvailabilityRequestError(path, message);
}
