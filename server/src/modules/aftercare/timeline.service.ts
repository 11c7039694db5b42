import type {
  AftercareTimelineVersion,
  AftercareTimelineVersionList,
  PublishTimelineRequest,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { newId } from '../../platform/ids';
import { currentTimeline, defaultVersion, toTimelineVersion } from './timeline/current-timeline';
import { parseTimeline } from './timeline/timeline-rules';
import * as repo from './timeline/timelines.repo';

/**
 * The clinic's aftercare timeline: read by staff, published by the medical director as a new,
 * immutable version. Timelines hold no patient data, so reading is not logged; publishing is.
 */

export const getCurrentTimeline = (deps: Deps, principal: Principal): Promise<AftercareTimelineVersion> =>
  currentTimeline(deps.db, principal.clinicId);

/** Newest first, ending with Corium's default. */
export async function listTimelineVersions(
  deps: Deps,
  principal: Principal,
): Promise<AftercareTimelineVersionList> {
  const rows = await repo.allVersions(deps.db, principal.clinicId);
  const strip = ({ timeline: _timeline, ...entry }: AftercareTimelineVersion) => entry;
  return { versions: [...rows.map(toTimelineVersion), defaultVersion].map(strip) };
}

export async function publishTimeline(
  deps: Deps,
  principal: Principal,
  request: PublishTimelineRequest,
  meta: RequestMeta,
): Promise<AftercareTimelineVersion> {
  const timeline = parseTimeline(request.timeline);
  return deps.db.transaction().execute(async (trx) => {
    await repo.lockClinicTimelines(trx, principal.clinicId);
    const latest = await repo.latestVersion(trx, principal.clinicId);
    const number = (latest?.number ?? 0) + 1;
    const id = newId();
    const now = deps.clock.now();
    const version = `clinic-r${number}`;
    await repo.insertVersion(trx, {
      id,
      clinic_id: principal.clinicId,
      number,
      version,
      timeline: JSON.stringify(timeline),
      change_note: request.changeNote,
      published_by: principal.userId,
      published_at: now,
    });
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'create', resourceType: 'aftercare_timeline', resourceId: id, details: { version } },
      now,
    );
    return {
      version,
      number,
      publishedAt: now.toISOString(),
      publishedBy: { id: principal.userId, name: principal.displayName },
      changeNote: request.changeNote,
      timeline,
    };
  });
}
