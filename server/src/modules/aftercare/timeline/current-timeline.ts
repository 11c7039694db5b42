import type { AftercareTimelineVersion } from '@corium/contracts';
import type { Executor } from '../../../platform/db/database';
import { DEFAULT_TIMELINE_VERSION, defaultTimeline } from './default-timeline';
import { parseTimeline } from './timeline-rules';
import * as repo from './timelines.repo';

/** Corium's default as version 0: what a clinic uses until its medical director publishes one. */
export const defaultVersion: AftercareTimelineVersion = {
  version: DEFAULT_TIMELINE_VERSION,
  number: 0,
  publishedAt: null,
  publishedBy: null,
  changeNote: null,
  timeline: defaultTimeline,
};

export function toTimelineVersion(row: repo.TimelineVersionRow): AftercareTimelineVersion {
  return {
    version: row.version,
    number: row.number,
    publishedAt: row.published_at.toISOString(),
    publishedBy: { id: row.published_by, name: row.published_by_name },
    changeNote: row.change_note,
    timeline: parseTimeline(row.timeline),
  };
}

/** The timeline plans are built from now: the clinic's latest version, else Corium's default. */
export async function currentTimeline(db: Executor, clinicId: string): Promise<AftercareTimelineVersion> {
  const row = await repo.latestVersion(db, clinicId);
  return row ? toTimelineVersion(row) : defaultVersion;
}
