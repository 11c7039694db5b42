import type {
  PatientScreening,
  PlannedTreatment,
  ScreeningOverride,
  ScreeningResult,
} from '@corium/contracts';
import { clearance } from './clearance';
import type { EvaluationRow, OverrideRow } from './patient-screenings.repo';

/** What `inputs` holds: everything the engine was given. */
export interface ScreeningInputs {
  answers: Record<string, unknown>;
  dateOfBirth: string;
  plannedTreatment: PlannedTreatment;
  isFirstSession: boolean | null;
}

/** What `attestation` holds; `changedQuestions` stays in the record, the new history version shows them. */
export interface StoredAttestation {
  attestedBy: 'patient' | 'practitioner';
  changed: boolean;
  changedQuestions: string[];
}

export const toScreeningOverride = (r: OverrideRow): ScreeningOverride => ({
  id: r.id,
  ruleId: r.rule_id,
  level: r.level,
  reason: r.reason,
  signedBy: { id: r.signed_by, displayName: r.signed_by_name },
  signedAt: r.signed_at.toISOString(),
});

/** One stored screening with its overrides, and what they leave outstanding. */
export function toPatientScreening(r: EvaluationRow, overrides: readonly OverrideRow[]): PatientScreening {
  const inputs = r.inputs as ScreeningInputs;
  const result = r.result as ScreeningResult;
  const attestation = r.attestation as StoredAttestation | null;
  const own = overrides.filter((o) => o.evaluation_id === r.id);
  const { status, awaitingOverride } = clearance(
    result,
    r.needs_override,
    own.map((o) => o.rule_id),
  );
  return {
    id: r.id,
    patientId: r.patient_id,
    occasion: r.occasion,
    createdAt: r.created_at.toISOString(),
    createdBy:
      r.created_by && r.created_by_name ? { id: r.created_by, displayName: r.created_by_name } : null,
    historyVersion: r.history_version,
    plannedTreatment: inputs.plannedTreatment,
    isFirstSession: inputs.isFirstSession,
    result,
    attestation: attestation ? { attestedBy: attestation.attestedBy, changed: attestation.changed } : null,
    overrides: own.map(toScreeningOverride),
    status,
    awaitingOverride,
  };
}
