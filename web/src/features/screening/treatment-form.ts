import {
  calendarDate,
  plannedTreatment,
  type Modality,
  type PatientScreening,
  type PlannedTreatment,
  type ZoneId,
} from '@corium/contracts';
import type { FieldErrors } from '../../lib/form-errors';

/** The planned treatment as the form holds it; paths match the server's, e.g. `plannedTreatment.zones`. */
export interface TreatmentValues {
  plannedTreatment: {
    /** `YYYY-MM-DD`, as a date field gives it. */
    date: string;
    modality: Modality;
    zones: ZoneId[];
    /** A number input gives `''` while empty. */
    maxDepthMm: number | string;
  };
  firstSession: 'yes' | 'no';
}

export const treatmentFields = [
  'plannedTreatment.date',
  'plannedTreatment.modality',
  'plannedTreatment.zones',
  'plannedTreatment.maxDepthMm',
  'firstSession',
] as const;

/**
 * A fresh plan for `today` (the clinic's day). The latest screening's modality, zones and depth
 * carry over, since the same course is usually screened again; a new patient starts empty.
 */
export function treatmentStart(today: string, latest: PatientScreening | undefined): TreatmentValues {
  const plan = latest?.plannedTreatment;
  return {
    plannedTreatment: {
      date: today,
      modality: plan?.modality ?? 'microneedling',
      zones: plan ? [...plan.zones] : [],
      maxDepthMm: plan?.maxDepthMm ?? '',
    },
    // Someone screened before is usually back for a later session of the course.
    firstSession: latest ? 'no' : 'yes',
  };
}

function depthOf(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? undefined : Number(value);
}

/** The plan as the request carries it; only for values `treatmentErrors` accepted. */
export function plannedTreatmentOf(values: TreatmentValues): PlannedTreatment {
  const { date, modality, zones, maxDepthMm } = values.plannedTreatment;
  return plannedTreatment.parse({ date, modality, zones, maxDepthMm: depthOf(maxDepthMm) });
}

/** Pens are set in quarter millimetres: 0.25, 0.5 … 3.5. */
const isQuarterMm = (mm: number): boolean => Math.abs(mm * 4 - Math.round(mm * 4)) < 1e-9;

// 3.5 mm is the contract's ceiling: beyond any facial or body protocol Corium supports.
function depthProblem(value: number | string): string | null {
  const depth = depthOf(value);
  if (depth === undefined) return 'Enter the deepest needle depth planned, in mm';
  if (!Number.isFinite(depth) || depth < 0.25 || depth > 3.5) return 'Enter a depth from 0.25 to 3.5 mm';
  return isQuarterMm(depth) ? null : 'Use steps of 0.25 mm, like 1.25';
}

function dateProblem(date: string, today: string): string | null {
  if (date === '') return 'Enter the date of the treatment';
  if (!calendarDate.safeParse(date).success) return 'This is not a real date. Check the day, month and year.';
  // Calendar days in `YYYY-MM-DD` compare correctly as strings.
  return date < today ? 'The treatment date cannot be in the past' : null;
}

/** `today` is the clinic's calendar day: a plan is screened for today or a later day. */
export function treatmentErrors(values: TreatmentValues, today: string): FieldErrors {
  const { date, zones, maxDepthMm } = values.plannedTreatment;
  const errors: FieldErrors = {};
  const dateError = dateProblem(date, today);
  if (dateError) errors['plannedTreatment.date'] = dateError;
  if (zones.length === 0) errors['plannedTreatment.zones'] = 'Choose at least one zone';
  const depth = depthProblem(maxDepthMm);
  if (depth) errors['plannedTreatment.maxDepthMm'] = depth;
  return errors;
}
