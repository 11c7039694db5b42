import {
  startCheckSteps,
  startSessionRequest,
  type PhotosAtStart,
  type SessionReadiness,
  type StartCheck,
  type StartSessionRequest,
} from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';

/** `explain`: no photos, which the start form lets the room record a reason for instead. */
export type CheckState = 'passed' | 'failed' | 'waiting' | 'explain';

export interface CheckRow extends StartCheck {
  state: CheckState;
}

/**
 * The checks in the order they are made (checked in, screening, consent, photos). A check after
 * a failed one is shown as waiting: consent is not worth chasing for a patient not yet here.
 * Photos never hold the others up; at the start they can be declined or unavailable instead.
 */
export function orderedChecks(readiness: SessionReadiness): CheckRow[] {
  let blocked = false;
  return startCheckSteps.flatMap((step) => {
    const check = readiness.checks.find((c) => c.step === step);
    if (!check) return [];
    const photos = step === 'photos';
    const state: CheckState = check.ok ? 'passed' : photos ? 'explain' : blocked ? 'waiting' : 'failed';
    if (!check.ok && !photos) blocked = true;
    return [{ ...check, state }];
  });
}

export interface StartChoices {
  photos: PhotosAtStart | null;
  photosReason: string;
  deviceId: string | null;
}

export function startRequest(appointmentId: string, choices: StartChoices): Partial<StartSessionRequest> {
  return {
    appointmentId,
    ...(choices.deviceId !== null && { deviceId: choices.deviceId }),
    ...(choices.photos !== null && { photos: choices.photos }),
    ...(choices.photos !== null && choices.photos !== 'taken' && { photosReason: choices.photosReason }),
  };
}

export const startFields = ['photos', 'photosReason', 'deviceId'];

export function startErrors(appointmentId: string, choices: StartChoices): FieldErrors {
  return schemaErrors(startSessionRequest, startRequest(appointmentId, choices), {
    photos: 'Say whether baseline photos were taken',
    photosReason: 'Say why there are no baseline photos',
  });
}
