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
  /** The server's error code, so a refusal a prescriber may override can offer it. */
  code: ApiError['code'] | null;
  title: string;
  message: string;
}

/** Why a booking or move was refused, in words for the front desk; the server's sentence as detail. */
export function refusalOf(error: unknown): Refusal {
  const code = error instanceof ApiError ? error.code : null;
  const title = (code && refusalTitles[code]) ?? 'It could not be done';
  return { code, title, message: describeError(error) };
}
