import type { OtherTreatment } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import {
  emptyOtherTreatment,
  toOtherTreatmentRequest,
  validateOtherTreatment,
  valuesOf,
} from './other-treatment-form';
import { zonesText } from './other-treatment-words';

const face = [
  'forehead',
  'temples',
  'periorbital',
  'nose',
  'cheeks',
  'upper_lip',
  'perioral',
  'chin',
  'jawline',
] as const;

describe('the other-treatment form', () => {
  it('asks for what, when and where in words', () => {
    expect(validateOtherTreatment(emptyOtherTreatment)).toEqual({
      kind: 'Choose what was given',
      date: 'Enter the day it was given',
      zones: 'Choose at least one zone',
    });
  });

  it('leaves out empty text and says where it was given', () => {
    const values = {
      ...emptyOtherTreatment,
      kind: 'dermal_filler' as const,
      date: '2026-11-20',
      zones: ['chin' as const],
      notes: '  ',
    };
    expect(validateOtherTreatment(values)).toEqual({});
    expect(toOtherTreatmentRequest(values, undefined)).toEqual({
      kind: 'dermal_filler',
      date: '2026-11-20',
      zones: ['chin'],
      givenElsewhere: true,
    });
  });

  it('starts a correction from the record, which it supersedes', () => {
    const record: OtherTreatment = {
      id: '01900000-0000-7000-8000-000000000001',
      patientId: '01900000-0000-7000-8000-000000000002',
      kind: 'laser',
      date: '2026-11-01',
      zones: ['neck'],
      product: null,
      notes: 'Fractional',
      givenElsewhere: false,
      supersedes: null,
      supersededBy: null,
      recordedAt: '2026-11-01T10:00:00.000Z',
      recordedBy: { id: '01900000-0000-7000-8000-000000000003', displayName: 'Priya' },
      enteredInError: null,
    };
    expect(toOtherTreatmentRequest(valuesOf(record), record.id)).toEqual({
      kind: 'laser',
      date: '2026-11-01',
      zones: ['neck'],
      notes: 'Fractional',
      givenElsewhere: false,
      supersedes: record.id,
    });
  });

  it('names the whole face once, then any other zones', () => {
    expect(zonesText([...face, 'neck'])).toBe('Whole face, Neck');
    expect(zonesText(['cheeks', 'chin'])).toBe('Cheeks, Chin');
  });
});
