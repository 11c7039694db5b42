import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { httpStatus } from './status';
import { toAppError } from './to-app-error';

describe('toAppError', () => {
  it('passes AppErrors through unchanged', () => {
    const error = new AppError('NOT_FOUND', 'No such patient');
    expect(toAppError(error)).toBe(error);
  });

  it.each([
    ['23505', 'CONFLICT'],
    ['23P01', 'CONFLICT'],
    ['23503', 'VALIDATION_FAILED'],
    ['22P02', 'VALIDATION_FAILED'],
    // A NUL byte in text (found by the bad-input fuzzer): bad input, not a server fault.
    ['22021', 'VALIDATION_FAILED'],
    ['22P05', 'VALIDATION_FAILED'],
  ])('maps PostgreSQL %s to %s once, with the constraint', (code, expected) => {
    const mapped = toAppError(Object.assign(new Error('pg'), { code, constraint: 'some_key' }));
    expect(mapped.code).toBe(expected);
    expect(mapped.details).toEqual({ constraint: 'some_key' });
  });

  it("keeps Fastify's own client errors as 4xx", () => {
    const tooLarge = toAppError(Object.assign(new Error('Request body is too large'), { statusCode: 413 }));
    expect(httpStatus[tooLarge.code]).toBe(413);
    const badJson = toAppError(Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 }));
    expect(badJson.code).toBe('BAD_REQUEST');
  });

  it('turns anything unknown into INTERNAL without leaking its message', () => {
    const mapped = toAppError(new Error('connection string postgres://secret@host'));
    expect(mapped.code).toBe('INTERNAL');
    expect(mapped.message).not.toContain('secret');
  });
});
