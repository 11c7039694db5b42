import type { RecordOutcomeScore } from '@corium/contracts';
import type { Deps } from '../deps';
import { addDays, wallClockOf } from '../modules/booking/wall-clock';
import { patientOutcomes } from '../modules/outcomes/outcome-reads.service';
import { recordScore } from '../modules/outcomes/outcome-scores.service';
import type { Principal } from '../platform/auth/policy';
import * as repo from './demo.repo';
import { DEMO_CLINIC } from './demo-clinic';

/**
 * A few outcome scores on the two patients with signed charts (never the portal patient), so
 * the Outcomes tab has a chart to show. Honest numbers: a few weeks into a course, the grade has
 * not moved ("no change" on GAIS) — results develop over 3–6 months.
 * Patient 4's concerns are fine lines (Lemperle); patient 2's sun spots (Glogau at baseline).
 */

const meta = { ip: '127.0.0.1', userAgent: 'corium demo', requestId: 'demo-seed' };

interface DemoScore {
  patient: number;
  clinician: string;
  daysAgo: number;
  score: Omit<RecordOutcomeScore, 'ratedOn'>;
}

const demoScores: DemoScore[] = [
  {
    patient: 4,
    clinician: 'priya@demo.corium.clinic',
    daysAgo: 35,
    score: { scale: 'lemperle', concern: 'fine_lines', timepoint: 'baseline', score: 3 },
  },
  {
    patient: 4,
    clinician: 'priya@demo.corium.clinic',
    daysAgo: 7,
    score: { scale: 'lemperle', concern: 'fine_lines', timepoint: 'other', score: 3 },
  },
  {
    patient: 4,
    clinician: 'priya@demo.corium.clinic',
    daysAgo: 7,
    score: { scale: 'gais_clinician', concern: null, timepoint: 'other', score: 4 },
  },
  {
    patient: 2,
    clinician: 'sam@demo.corium.clinic',
    daysAgo: 17,
    score: { scale: 'glogau', concern: 'sunspots', timepoint: 'baseline', score: 2 },
  },
];

/** Once per demo clinic: a later start finds the scores and adds nothing. */
export async function seedDemoOutcomes(deps: Deps): Promise<void> {
  const clinic = await repo.demoClinic(deps.db, DEMO_CLINIC.name);
  if (!clinic) return;
  const people = await repo.demoUsers(deps.db, clinic.id);
  const as = (email: string): Principal => {
    const user = people.find((u) => u.email === email)!;
    const { id: userId, role, display_name: displayName, is_prescriber: isPrescriber } = user;
    return { userId, clinicId: clinic.id, role, email, displayName, isPrescriber, tokenId: null };
  };
  const patients = await repo.demoPatientsByNumber(deps.db, clinic.id, [4, 2]);
  const first = await patientOutcomes(deps, as('director@demo.corium.clinic'), patients[0]!.id, meta);
  if (first.scores.length > 0) return;
  const today = wallClockOf(deps.clock.now(), DEMO_CLINIC.timeZone).date;
  for (const demo of demoScores) {
    const patientId = patients[demo.patient === 4 ? 0 : 1]!.id;
    const ratedOn = addDays(today, -demo.daysAgo);
    await recordScore(deps, as(demo.clinician), patientId, { ...demo.score, ratedOn }, meta);
  }
}
