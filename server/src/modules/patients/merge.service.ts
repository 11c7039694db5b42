import type { MergeMoves, MergePatientsRequest, MergePreview, MergeResult } from '@corium/contracts';
import type { Updateable } from 'kysely';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import { clinicalStaff, type Principal, type RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor, Trx } from '../../platform/db/database';
import type { PatientTable } from '../../platform/db/schema';
import { AppError } from '../../platform/errors/app-error';
import * as mergeRepo from './merge.repo';
import { toMergeLinks, toPatientRecord, type MergeLinks } from './patients.mapper';
import * as repo from './patients.repo';

type LockedPatient = NonNullable<Awaited<ReturnType<typeof mergeRepo.lockPatient>>>;
interface Pair {
  survivor: LockedPatient;
  duplicate: LockedPatient;
}
type Draft = Awaited<ReturnType<typeof repo.findDraft>>;
interface Plan {
  moves: MergeMoves;
  survivorPatch: Updateable<PatientTable>;
  /** The survivor's account when the duplicate's takes its place; it stays with the merged record. */
  accountLeftBehind: string | null;
}

const isClinical = (p: Principal): boolean => clinicalStaff.includes(p.role);
const fullName = (p: LockedPatient): string => `${p.given_name} ${p.family_name}`;
const hasActiveAccount = (p: LockedPatient): boolean => p.user_id !== null && p.account_disabled_at === null;
const blank = (text: string | null): boolean => text === null || text.trim() === '';

/** Where a record went, or which records came into it, for the record's page. */
export async function mergeLinks(
  db: Executor,
  clinicId: string,
  patient: { id: string; merged_into: string | null },
): Promise<MergeLinks> {
  const into = patient.merged_into ? await mergeRepo.findMergedInto(db, clinicId, patient.id) : undefined;
  return toMergeLinks(into, await mergeRepo.findMergedFrom(db, clinicId, patient.id));
}

/** Locks a record that is about to change; a merged-away duplicate is read-only. */
export async function lockUnmergedPatient(trx: Trx, clinicId: string, patientId: string): Promise<void> {
  const row = await mergeRepo.lockPatient(trx, clinicId, patientId);
  if (!row) throw new AppError('NOT_FOUND', 'No such patient');
  if (row.merged_into)
    throw new AppError(
      'CONFLICT',
      `${fullName(row)}'s record was merged into another; change that one instead`,
    );
}

/** Both rows locked in id order, so two merges of the same pair cannot deadlock; every refusal before any change. */
async function lockPair(trx: Trx, clinicId: string, survivorId: string, duplicateId: string): Promise<Pair> {
  if (survivorId === duplicateId)
    throw new AppError('VALIDATION_FAILED', 'A record cannot be merged into itself', [
      { path: 'duplicateId', message: 'Choose the other record of this patient' },
    ]);
  const [first, second] = [survivorId, duplicateId].sort();
  const locked = new Map<string, LockedPatient>();
  for (const id of [first!, second!]) {
    const row = await mergeRepo.lockPatient(trx, clinicId, id);
    if (row) locked.set(id, row);
  }
  const survivor = locked.get(survivorId);
  const duplicate = locked.get(duplicateId);
  if (!survivor) throw new AppError('NOT_FOUND', 'No such patient');
  if (!duplicate) throw new AppError('NOT_FOUND', 'No such patient to merge');
  if (survivor.merged_into)
    throw new AppError(
      'CONFLICT',
      `${fullName(survivor)}'s record was itself merged into another; merge into that record instead`,
    );
  if (duplicate.merged_into)
    throw new AppError('CONFLICT', `${fullName(duplicate)}'s record was already merged into another`);
  if (hasActiveAccount(survivor) && hasActiveAccount(duplicate))
    throw new AppError(
      'CONFLICT',
      'Both records have a portal account, and a patient signs in with only one. Disable one of the accounts first.',
    );
  return { survivor, duplicate };
}

/** The survivor keeps what it has; what it lacks comes from the duplicate, nothing is overwritten. */
function fillFromDuplicate({ survivor: s, duplicate: d }: Pair) {
  const patch: Updateable<PatientTable> = {};
  const filled: MergeMoves['filled'] = [];
  const fill = <K extends keyof Updateable<PatientTable>>(
    field: MergeMoves['filled'][number],
    column: K,
    value: Updateable<PatientTable>[K],
  ) => {
    patch[column] = value;
    filled.push(field);
  };
  if (s.sex === 'unknown' && d.sex !== 'unknown') fill('sex', 'sex', d.sex);
  if (blank(s.email) && !blank(d.email)) fill('email', 'email', d.email);
  if (blank(s.phone) && !blank(d.phone)) fill('phone', 'phone', d.phone);
  if (blank(s.address) && !blank(d.address)) fill('address', 'address', d.address);
  if (s.emergency_contact === null && d.emergency_contact !== null)
    fill('emergencyContact', 'emergency_contact', JSON.stringify(d.emergency_contact));
  const concerns = [...new Set([...s.concerns, ...d.concerns])];
  if (concerns.length > s.concerns.length) fill('concerns', 'concerns', concerns);
  if (s.fitzpatrick_type === null && d.fitzpatrick_type !== null)
    fill('fitzpatrickType', 'fitzpatrick_type', d.fitzpatrick_type);
  if (!blank(d.notes)) {
    // Kept word for word, under a line that says where they came from.
    const merged = `Notes merged from the record of ${fullName(d)}, born ${d.date_of_birth}:\n${d.notes}`;
    fill('notes', 'notes', blank(s.notes) ? merged : `${s.notes}\n\n${merged}`);
  }
  return { patch, filled };
}

/**
 * The one portal sign-in ends up on the survivor: the duplicate's moves when the survivor has
 * none, or only a disabled one (which then stays with the merged record, still linked to a person).
 */
function portalAccountMove({ survivor: s, duplicate: d }: Pair): MergeMoves['portalAccount'] {
  if (d.user_id === null) return 'none';
  if (s.user_id === null || (!hasActiveAccount(s) && hasActiveAccount(d))) return 'moved';
  return 'kept_survivors';
}

/** With two unfinished questionnaires the newer is kept: it is what the patient last worked on. */
function draftMove(survivor: Draft, duplicate: Draft): MergeMoves['intakeDraft'] {
  if (!duplicate) return 'none';
  if (!survivor) return 'moved';
  return duplicate.updated_at > survivor.updated_at ? 'took_duplicates' : 'kept_survivors';
}

async function planMerge(trx: Trx, clinicId: string, pair: Pair): Promise<Plan> {
  const { survivor, duplicate } = pair;
  const { patch, filled } = fillFromDuplicate(pair);
  const portalAccount = portalAccountMove(pair);
  if (portalAccount === 'moved') patch.user_id = duplicate.user_id;
  const survivorDraft = await repo.findDraft(trx, clinicId, survivor.id);
  const duplicateDraft = await repo.findDraft(trx, clinicId, duplicate.id);
  return {
    moves: {
      ...(await mergeRepo.countOwned(trx, clinicId, duplicate.id)),
      intakeDraft: draftMove(survivorDraft, duplicateDraft),
      portalAccount,
      filled,
    },
    survivorPatch: patch,
    accountLeftBehind: portalAccount === 'moved' ? survivor.user_id : duplicate.user_id,
  };
}

/** Both records as the caller may see them, and what merging them would move; changes nothing. */
export function previewMerge(
  deps: Deps,
  principal: Principal,
  survivorId: string,
  duplicateId: string,
  meta: RequestMeta,
): Promise<MergePreview> {
  return deps.db.transaction().execute(async (trx) => {
    const pair = await lockPair(trx, principal.clinicId, survivorId, duplicateId);
    const { moves } = await planMerge(trx, principal.clinicId, pair);
    const event: AuditEvent = {
      action: 'read',
      resourceType: 'patient_merge_preview',
      resourceId: survivorId,
      patientIds: [survivorId, duplicateId],
    };
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    const clinical = isClinical(principal);
    return {
      survivor: toPatientRecord(
        pair.survivor,
        clinical,
        await mergeLinks(trx, principal.clinicId, pair.survivor),
      ),
      duplicate: toPatientRecord(
        pair.duplicate,
        clinical,
        await mergeLinks(trx, principal.clinicId, pair.duplicate),
      ),
      moves,
    };
  });
}

/** Moves the duplicate's history, other records and draft; says what moved and how history was renumbered. */
async function moveRecords(trx: Trx, clinicId: string, pair: Pair, plan: Plan) {
  const { survivor, duplicate } = pair;
  const renumbered = await mergeRepo.moveHistory(trx, clinicId, duplicate.id, survivor.id);
  const records = await mergeRepo.moveRecords(trx, clinicId, duplicate.id, survivor.id, renumbered);
  const draft = plan.moves.intakeDraft;
  if (draft === 'kept_survivors') await repo.deleteDraft(trx, clinicId, duplicate.id);
  if (draft === 'took_duplicates') await repo.deleteDraft(trx, clinicId, survivor.id);
  if (draft === 'moved' || draft === 'took_duplicates')
    await mergeRepo.moveDraft(trx, clinicId, duplicate.id, survivor.id);
  const moves: MergeMoves = { ...plan.moves, historyVersions: renumbered.length, ...records };
  return { moves, renumbered };
}

function mergeEvent(
  survivorId: string,
  input: MergePatientsRequest,
  moved: Awaited<ReturnType<typeof moveRecords>>,
): AuditEvent {
  return {
    action: 'update',
    resourceType: 'patient_merge',
    resourceId: survivorId,
    patientIds: [survivorId, input.duplicateId],
    details: {
      survivorId,
      duplicateId: input.duplicateId,
      reason: input.reason,
      ...moved.moves,
      // Old and new numbers, for anything that named a version of the duplicate's history.
      historyRenumbered: moved.renumbered,
    },
  };
}

/**
 * Merges the duplicate into the survivor in one transaction: its history, screenings, draft
 * and portal account move; the survivor's empty fields are filled; the duplicate stays, read-only,
 * saying where it went. One audit event names both patients and everything that moved.
 */
export function mergePatients(
  deps: Deps,
  principal: Principal,
  survivorId: string,
  input: MergePatientsRequest,
  meta: RequestMeta,
): Promise<MergeResult> {
  const now = deps.clock.now();
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const pair = await lockPair(trx, clinicId, survivorId, input.duplicateId);
    const plan = await planMerge(trx, clinicId, pair);
    const moved = await moveRecords(trx, clinicId, pair, plan);
    const row = await mergeRepo.updatePatient(trx, clinicId, survivorId, {
      ...plan.survivorPatch,
      updated_at: now,
    });
    await mergeRepo.updatePatient(trx, clinicId, input.duplicateId, {
      merged_into: survivorId,
      merged_at: now,
      merged_by: principal.userId,
      merge_reason: input.reason,
      user_id: plan.accountLeftBehind,
      updated_at: now,
    });
    await recordAudit(trx, actorOf(principal, meta), mergeEvent(survivorId, input, moved), now);
    const patient = toPatientRecord(row, isClinical(principal), await mergeLinks(trx, clinicId, row));
    return { patient, moves: moved.moves };
  });
}
