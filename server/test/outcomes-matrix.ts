import { newId } from '../src/platform/ids';
import type { MatrixFixtures } from './authorization-fixtures';
import type { MatrixRow } from './authorization-matrix';

/**
 * Outcomes in the authorization matrix. Clinicians rate and mark errors; admins read the record
 * like the rest of the clinical record; every member of staff sees who is due a follow-up (the
 * front desk books it); a patient reads and answers only their own, through the portal.
 */
const raters = { medical_director: ['own', 'other'], practitioner: ['own', 'other'] } as const;
const readers = { admin: ['own', 'other'], ...raters } as const;
const allStaff = { admin: true, medical_director: true, practitioner: true, front_desk: true } as const;

export const outcomesMatrix: MatrixRow[] = [
  { route: 'GET /api/patients/:patientId/outcomes', allow: readers },
  { route: 'POST /api/patients/:patientId/outcomes', allow: raters },
  { route: 'POST /api/patients/:patientId/outcomes/:scoreId/entered-in-error', allow: raters },
  { route: 'GET /api/outcomes/follow-ups', allow: allStaff },
  { route: 'GET /api/portal/outcomes', allow: { patient: true } },
  { route: 'POST /api/portal/outcomes', allow: { patient: true } },
];

export const outcomesBodies = (): Record<string, () => object> => ({
  'POST /api/patients/:patientId/outcomes': () => ({
    scale: 'goodman_baron',
    concern: 'acne_scars',
    timepoint: 'baseline',
    ratedOn: '2025-01-02',
    score: 3,
  }),
  'POST /api/patients/:patientId/outcomes/:scoreId/entered-in-error': () => ({
    reason: 'Matrix: wrong patient',
  }),
  'POST /api/portal/outcomes': () => ({
    scale: 'appearance_check',
    timepoint: 'baseline',
    answers: [2, 2, 3, 3],
  }),
});

/** A score of the patient, rated by a clinician of the patient's clinic: one per call, as marking is once. */
async function freshScore(f: MatrixFixtures, patientId: string): Promise<string> {
  const id = newId();
  await f.t.deps.db
    .insertInto('outcome_score')
    .values({
      ...{
        id,
        clinic_id: f.clinicA.id,
        patient_id: patientId,
        scale: 'goodman_baron',
        scale_version: '2026.1',
      },
      ...{ concern: 'acne_scars', timepoint: 'baseline', score: 2, rater: 'clinician', rated_by: f.ids.user },
      ...{ rated_on: '2025-01-02', recorded_at: f.t.clock.now() },
    })
    .execute();
  return id;
}

/** Fills :scoreId; `patientId` is null for another clinic's patient (refused before any lookup). */
export async function withOutcomeIds(
  f: MatrixFixtures,
  path: string,
  patientId: string | null,
): Promise<string> {
  if (!path.includes(':scoreId')) return path;
  return path.replace(':scoreId', patientId ? await freshScore(f, patientId) : newId());
}
