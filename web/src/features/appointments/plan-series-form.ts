import type { Modality, TreatmentSeriesRequest, ZoneId } from '@corium/contracts';
import type { Concern } from '../patient-record/patient-words';

/** The plan form's values; empty numbers leave the choice to the indication's defaults. */
export interface PlanValues {
  concerns: Concern[];
  modality: Modality;
  sessions: number | '';
  minIntervalDays: number | '';
  maxIntervalDays: number | '';
  depths: Partial<Record<ZoneId, number | ''>>;
  notes: string;
}

export const initialPlan = (concerns: Concern[]): PlanValues => ({
  concerns,
  modality: 'microneedling',
  sessions: '',
  minIntervalDays: '',
  maxIntervalDays: '',
  depths: {},
  notes: '',
});

const given = (value: number | ''): number | undefined => (value === '' ? undefined : value);

/** The request, leaving out what the server fills from the indication. */
export function planRequest(values: PlanValues): TreatmentSeriesRequest {
  const depths = Object.fromEntries(
    Object.entries(values.depths).filter((entry): entry is [ZoneId, number] => typeof entry[1] === 'number'),
  );
  const notes = values.notes.trim();
  return {
    concerns: values.concerns,
    modality: values.modality,
    sessions: given(values.sessions),
    minIntervalDays: given(values.minIntervalDays),
    maxIntervalDays: given(values.maxIntervalDays),
    plannedDepthMm: depths,
    ...(notes && { notes }),
  };
}

/** Why the plan cannot be sent yet, or null. */
export function planProblem(values: PlanValues): string | null {
  if (values.concerns.length === 0) return 'Choose at least one concern.';
  const zones = Object.values(values.depths);
  if (zones.length === 0) return 'Plan a depth for at least one zone.';
  if (zones.some((depth) => depth === '')) return 'Give a depth for every zone chosen, or remove the zone.';
  return null;
}
