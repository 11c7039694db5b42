import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/app-error';
import { toOperationOutcome } from './operation-outcome';
import { r4Problems } from './r4-conformance';

describe('toOperationOutcome', () => {
  it.each([
    [new AppError('UNAUTHENTICATED', 'Please sign in'), 401, 'login'],
    [new AppError('FORBIDDEN', 'No'), 403, 'forbidden'],
    [new AppError('NOT_FOUND', 'No Patient with id x'), 404, 'not-found'],
    [new AppError('SLOT_TAKEN', 'Someone was quicker'), 409, 'conflict'],
    [new AppError('PRECONDITION_FAILED', 'Changed since'), 412, 'conflict'],
    [new AppError('IDEMPOTENCY_KEY_REUSED', 'Reused'), 422, 'conflict'],
  ])('maps %s to its status and issue type', (error, status, code) => {
    const { status: actual, outcome } = toOperationOutcome(error);
    expect(actual).toBe(status);
    expect(outcome.issue[0]).toMatchObject({ severity: 'error', code, diagnostics: error.message });
    expect(outcome.issue[0]!.details!.coding[0]!.code).toBe(error.code);
    expect(r4Problems(outcome as never)).toEqual([]);
  });

  it('names the elements at fault and their messages', () => {
    const error = new AppError('VALIDATION_FAILED', 'The Patient resource is not valid', [
      { path: 'Patient.birthDate', message: 'Invalid date' },
    ]);
    const { status, outcome } = toOperationOutcome(error);
    expect(status).toBe(400);
    expect(outcome.issue[0]).toMatchObject({
      code: 'invalid',
      expression: ['Patient.birthDate'],
      diagnostics: 'The Patient resource is not valid — Invalid date',
    });
  });

  it('hides what went wrong inside, as a fatal exception', () => {
    const { status, outcome } = toOperationOutcome(new Error('password=secret'));
    expect(status).toBe(500);
    expect(outcome.issue[0]).toMatchObject({ severity: 'fatal', code: 'exception' });
    expect(JSON.stringify(outcome)).not.toContain('secret');
  });
});
