import type { PatientOutcomes } from '@corium/contracts';
import type { Executor } from '../../platform/db/database';
import { progressLines } from './core/progress';
import { seriesSchedule } from './core/follow-up-schedule';
import {
  toOutcomeScore,
  toProgressPhoto,
  toProgressScore,
  toScheduleScore,
  toScheduleSeries,
  toScheduleSession,
} from './outcomes.mapper';
import * as repo from './outcomes.repo';

/** Where the reader opens a photo: staff through the patient's path, a patient through the portal. */
export type PhotoBase = 'staff' | 'portal';

const photoUrls = (base: PhotoBase, patientId: string) => (photoId: string) => {
  const prefix =
    base === 'portal' ? `/api/portal/photos/${photoId}` : `/api/patients/${patientId}/photos/${photoId}`;
  return { thumbnailUrl: `${prefix}/thumbnail`, imageUrl: `${prefix}/image` };
};

/** A patient's scores, progress lines and course schedules, as of the clinic's `today`. */
export async function outcomeRecord(
  db: Executor,
  clinicId: string,
  patientId: string,
  today: string,
  base: PhotoBase,
): Promise<PatientOutcomes> {
  const scores = (await repo.listScores(db, clinicId, patientId)).map(toOutcomeScore);
  const photos = (await repo.patientPhotos(db, clinicId, patientId)).map(toProgressPhoto);
  const series = await repo.seriesOfPatient(db, clinicId, patientId);
  const ids = series.map((s) => s.id);
  const sessions = await repo.sessionsOfSeries(db, clinicId, ids);
  const rated = (await repo.scoresOfSeries(db, clinicId, ids)).map(toScheduleScore);
  return {
    scores,
    progress: progressLines(scores.map(toProgressScore), photos, photoUrls(base, patientId)),
    schedule: series.map((s) =>
      seriesSchedule(
        toScheduleSeries(s),
        sessions.filter((x) => x.series_id === s.id).map(toScheduleSession),
        rated,
        today,
      ),
    ),
  };
}
