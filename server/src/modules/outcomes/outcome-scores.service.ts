import type { FieldIssue, OutcomeScore, RecordOutcomeScore, RecordOwnOutcomeScore } from '@corium/contracts';
import { markEnteredInError, recordOutcomeScore, recordOwnOutcomeScore } from '@corium/contracts';
import type { z } from 'zod';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { ownPatientId } from '../patients/patients.service';
import { checkScore } from './core/score-check';
import { toOutcomeScore } from './outcomes.mapper';
import * as repo from './outcomes.repo';

type Entry = z.output<typeof recordOutcomeScore>;
type Issue = FieldIssue;

/** The course, session and photos named belong to this patient; the day is not in the future. */
async function contextIssues(trx: Trx, clinicId: string, patientId: string, entry: Entry, today: string) {
  const issues: Issue[] = [];
  const series = await repo.seriesOfPatient(trx, clinicId, patientId);
  if (entry.seriesId && !series.some((s) => s.id === entry.seriesId))
    issues.push({ path: 'seriesId', message: 'This course is not one of the patient’s' });
  const session = entry.sessionId && (await repo.sessionOfPatient(trx, clinicId, patientId, entry.sessionId));
  if (entry.sessionId && !session)
    issues.push({ path: 'sessionId', message: 'This session is not one of the patient’s' });
  if (session && entry.seriesId && session.series_id !== entry.seriesId)
    issues.push({ path: 'sessionId', message: 'This session belongs to another course' });
  if (entry.timepoint === 'before_session' && !entry.sessionId)
    issues.push({ path: 'sessionId', message: 'Say which session this rating was taken before' });
  const photos = new Set((await repo.patientPhotos(trx, clinicId, patientId)).map((p) => p.id));
  entry.photoIds.forEach((photoId, i) => {
    if (!photos.has(photoId))
      issues.push({ path: `photoIds.${i}`, message: 'Not a photo in this patient’s record' });
  });
  if (entry.ratedOn > today) issues.push({ path: 'ratedOn', message: 'The rating date is in the future' });
  return issues;
}

async function insert(
  trx: Trx,
  deps: Deps,
  who: { principal: Principal; meta: RequestMeta; patientId: string; rater: 'clinician' | 'patient' },
  entry: Entry,
  issues: Issue[],
): Promise<OutcomeScore> {
  const checked = checkScore(entry, who.rater);
  const all = [...(checked.ok ? [] : checked.issues), ...issues];
  if (!checked.ok || all.length > 0)
    throw new AppError('VALIDATION_FAILED', 'This score cannot be recorded', all);
  const id = newId();
  const now = deps.clock.now();
  await repo.insertScore(trx, {
    id,
    clinic_id: who.principal.clinicId,
    patient_id: who.patientId,
    series_id: entry.seriesId,
    session_id: entry.sessionId,
    scale: entry.scale,
    scale_version: checked.version,
    concern: entry.concern,
    timepoint: entry.timepoint,
    score: checked.score,
    inputs: JSON.stringify(checked.inputs),
    rater: who.rater,
    rated_by: who.rater === 'clinician' ? who.principal.userId : null,
    rated_on: entry.ratedOn,
    photo_ids: entry.photoIds,
    note: entry.note,
    recorded_at: now,
  });
  const details = { scale: entry.scale, timepoint: entry.timepoint, score: checked.score, rater: who.rater };
  const event = { action: 'create' as const, resourceType: 'outcome_score', resourceId: id, details };
  await recordAudit(trx, actorOf(who.principal, who.meta), { ...event, patientIds: [who.patientId] }, now);
  const [row] = await repo.listScores(trx, who.principal.clinicId, who.patientId, id);
  return toOutcomeScore(row!);
}

/** Staff: a clinician's rating of the patient, on photos from the patient's record. */
export async function recordScore(
  deps: Deps,
  principal: Principal,
  patientId: string,
  input: RecordOutcomeScore,
  meta: RequestMeta,
): Promise<OutcomeScore> {
  const entry = recordOutcomeScore.parse(input);
  return deps.db.transaction().execute(async (trx) => {
    const today = await repo.clinicToday(trx, principal.clinicId, deps.clock.now());
    const issues = await contextIssues(trx, principal.clinicId, patientId, entry, today);
    return insert(trx, deps, { principal, meta, patientId, rater: 'clinician' }, entry, issues);
  });
}

/** Portal: the patient's own answer to a patient-rated scale, dated today. */
export async function recordOwnScore(
  deps: Deps,
  principal: Principal,
  input: RecordOwnOutcomeScore,
  meta: RequestMeta,
): Promise<OutcomeScore> {
  const patientId = await ownPatientId(deps, principal);
  const own = recordOwnOutcomeScore.parse(input);
  return deps.db.transaction().execute(async (trx) => {
    const today = await repo.clinicToday(trx, principal.clinicId, deps.clock.now());
    const entry: Entry = { ...own, sessionId: null, ratedOn: today, photoIds: [], note: null };
    const issues = await contextIssues(trx, principal.clinicId, patientId, entry, today);
    return insert(trx, deps, { principal, meta, patientId, rater: 'patient' }, entry, issues);
  });
}

/** Marks a score entered in error, once, with the reason; the score stays on record. */
export async function markScoreEnteredInError(
  deps: Deps,
  principal: Principal,
  ids: { patientId: string; scoreId: string },
  input: z.input<typeof markEnteredInError>,
  meta: RequestMeta,
): Promise<OutcomeScore> {
  const { reason } = markEnteredInError.parse(input);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const { clinicId } = principal;
    const [found] = await repo.listScores(trx, clinicId, ids.patientId, ids.scoreId);
    if (!found) throw new AppError('NOT_FOUND', 'No such score');
    const marked = await repo.markEnteredInError(
      trx,
      { clinicId, ...ids },
      { at: now, userId: principal.userId, reason },
    );
    if (marked === 0) throw new AppError('CONFLICT', 'This score is already marked entered in error');
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'update',
        resourceType: 'outcome_score',
        resourceId: ids.scoreId,
        patientIds: [ids.patientId],
        details: { enteredInError: true, reason },
      },
      now,
    );
    const [row] = await repo.listScores(trx, clinicId, ids.patientId, ids.scoreId);
    return toOutcomeScore(row!);
  });
}
