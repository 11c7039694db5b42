import type { Readable } from 'node:stream';
import type { Photo, PhotoBaselineQuery, PhotoListQuery } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { grantedPhotoScopes } from '../consent/photo-scopes.service';
import { ownPatientId } from '../patients/patients.service';
import { photoBlobs } from './photo-blobs';
import { photoFileName, toPhoto, type PhotoUrlBase } from './photos.mapper';
import * as repo from './photos.repo';

interface Reader {
  principal: Principal;
  patientId: string;
  meta: RequestMeta;
  base: PhotoUrlBase;
}

const readEvent = (patientId: string, resourceId: string | null, details: object): AuditEvent => ({
  action: 'read',
  resourceType: 'photo',
  resourceId,
  patientIds: [patientId],
  details: { ...details },
});

const staffReader = (principal: Principal, patientId: string, meta: RequestMeta): Reader => ({
  principal,
  patientId,
  meta,
  base: 'staff',
});

const ownReader = async (deps: Deps, principal: Principal, meta: RequestMeta): Promise<Reader> => ({
  principal,
  patientId: await ownPatientId(deps, principal),
  meta,
  base: 'portal',
});

/**
 * A patient's photos, newest first. With `scope`, only photos usable for that use now: when
 * the patient has not granted it (or took it back), none — so teaching or publicity material
 * built from this list can never show a photo without its consent.
 */
async function list(deps: Deps, reader: Reader, query: PhotoListQuery): Promise<Photo[]> {
  const { clinicId } = reader.principal;
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const scopes = await grantedPhotoScopes(trx, clinicId, reader.patientId);
    const rows =
      query.scope && !scopes.includes(query.scope)
        ? []
        : await repo.listPhotos(trx, clinicId, reader.patientId, query);
    await recordAudit(
      trx,
      actorOf(reader.principal, reader.meta),
      readEvent(reader.patientId, null, { ...query, count: rows.length }),
      now,
    );
    return rows.map((row) => toPhoto(row, scopes, reader.base));
  });
}

/** The earliest photo of a view (and zone, for a close-up): the ghost overlay for the next one. */
async function baseline(deps: Deps, reader: Reader, query: PhotoBaselineQuery): Promise<Photo | null> {
  const { clinicId } = reader.principal;
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.baselinePhoto(trx, clinicId, reader.patientId, query.view, query.zone ?? null);
    const scopes = await grantedPhotoScopes(trx, clinicId, reader.patientId);
    await recordAudit(
      trx,
      actorOf(reader.principal, reader.meta),
      readEvent(reader.patientId, row?.id ?? null, { baseline: query.view, zone: query.zone ?? null }),
      now,
    );
    return row ? toPhoto(row, scopes, reader.base) : null;
  });
}

export interface PhotoFile {
  stream: Readable;
  size: number;
  fileName: string;
}

/** The bytes of a photo or its thumbnail, opened only after the read is audited. */
async function file(
  deps: Deps,
  reader: Reader,
  photoId: string,
  variant: 'image' | 'thumbnail',
): Promise<PhotoFile> {
  const { clinicId } = reader.principal;
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const found = await repo.findPhoto(trx, clinicId, reader.patientId, photoId);
    if (!found) throw new AppError('NOT_FOUND', 'No such photo');
    await recordAudit(
      trx,
      actorOf(reader.principal, reader.meta),
      readEvent(found.patient_id, found.id, { variant }),
      now,
    );
    return found;
  });
  const opened = await photoBlobs(deps.config).open(variant === 'image' ? row.image_key : row.thumbnail_key);
  if (!opened) {
    deps.log.error({ photoId, variant }, 'a photo file is missing from the blob store');
    throw new AppError(
      'NOT_FOUND',
      "This photo's file is missing; the clinic's administrator should restore it",
    );
  }
  return { ...opened, fileName: photoFileName(row, variant) };
}

export const listPhotos = (d: Deps, p: Principal, patientId: string, q: PhotoListQuery, m: RequestMeta) =>
  list(d, staffReader(p, patientId, m), q);
export const listOwnPhotos = async (d: Deps, p: Principal, q: PhotoListQuery, m: RequestMeta) =>
  list(d, await ownReader(d, p, m), q);
export const photoBaseline = (
  d: Deps,
  p: Principal,
  patientId: string,
  q: PhotoBaselineQuery,
  m: RequestMeta,
) => baseline(d, staffReader(p, patientId, m), q);
export const ownPhotoBaseline = async (d: Deps, p: Principal, q: PhotoBaselineQuery, m: RequestMeta) =>
  baseline(d, await ownReader(d, p, m), q);
export const photoFile = (
  d: Deps,
  p: Principal,
  patientId: string,
  photoId: string,
  variant: 'image' | 'thumbnail',
  m: RequestMeta,
) => file(d, staffReader(p, patientId, m), photoId, variant);
export const ownPhotoFile = async (
  d: Deps,
  p: Principal,
  photoId: string,
  variant: 'image' | 'thumbnail',
  m: RequestMeta,
) => file(d, await ownReader(d, p, m), photoId, variant);

/**
 * For the treatment room's start check: whether the patient has photos taken on `day`
 * (YYYY-MM-DD, the clinic's calendar day), e.g. the baseline set before today's session.
 */
export const baselinePhotosTaken = (
  db: Executor,
  clinicId: string,
  patientId: string,
  day: string,
): Promise<boolean> => repo.anyTakenOn(db, clinicId, patientId, day);
