import type { AppointmentStatus } from '@corium/contracts';
import { ApiError, describeError } from '../../lib/api';

export const statusWords: Record<AppointmentStatus, { label: string; color: string }> = {
  booked: { label: 'Booked', color: 'blue' },
  completed: { label: 'Completed', color: 'green' },
  no_show: { label: 'No-show', color: 'orange' },
  cancelled: { label: 'Cancelled', color: 'gray' },
};

const refusalTitles: Partial<Record<ApiError['code'], string>> = {
  SLOT_TAKEN: 'That time has just been taken',
  SPACING_TOO_CLOSE: 'Too close to another needling session',
  SCREENING_BLOCKED: 'The screening does not allow this treatment then',
  OVERRIDE_REQUIRED: 'A prescriber must sign an override first',
  VALIDATION_FAILED: 'That time cannot be booked',
  CONFLICT: 'This visit cannot be changed',
  NOT_FOUND: 'Not found',
};

export interface Refusal {
  title: string;
  message: string;
}

/** Why a booking or move was refused, in words for the front desk; the server's sentence as detail. */
export function refusalOf(error: unknown): Refusal {
  const title =
    error instanceof ApiError
      ? (refusalTitles[error.code] ?? 'It could not be done')
      : 'It could not be done';
  return { title, message: describeError(error) };
}
