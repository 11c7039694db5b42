import type { OutcomeScore } from '@corium/contracts';
import type { ProgressPhoto, ProgressScore } from './core/progress';
import type { ScheduleScore, ScheduleSeries, ScheduleSession } from './core/follow-up-schedule';
import type { ScoreRow, SeriesRow, SessionRow } from './outcomes.repo';

export const toOutcomeScore = (row: ScoreRow): OutcomeScore => ({
  id: row.id,
  patientId: row.patient_id,
  seriesId: row.series_id,
  sessionId: row.session_id,
  scale: row.scale as OutcomeScore['scale'],
  scaleVersion: row.scale_version,
  concern: row.concern,
  timepoint: row.timepoint,
  score: Number(row.score),
  inputs: (row.inputs ?? {}) as Record<string, unknown>,
  rater: row.rater,
  ratedByName: row.rated_by_name,
  ratedOn: row.rated_on,
  photoIds: row.photo_ids,
  note: row.note,
  recordedAt: row.recorded_at.toISOString(),
  enteredInError:
    row.entered_in_error_at && row.entered_in_error_reason
      ? {
          at: row.entered_in_error_at.toISOString(),
          byName: row.error_by_name ?? 'Unknown',
          reason: row.entered_in_error_reason,
        }
      : null,
});

export const toProgressScore = (score: OutcomeScore): ProgressScore => ({
  ...score,
  enteredInError: score.enteredInError !== null,
});

export const toProgressPhoto = (row: {
  id: string;
  view: string;
  zone: string | null;
  taken_at: Date;
}): ProgressPhoto => ({
  id: row.id,
  view: row.view,
  zone: row.zone,
  takenAt: row.taken_at,
});

export const toScheduleSeries = (row: Omit<SeriesRow, 'patient_id'>): ScheduleSeries => ({
  id: row.id,
  concerns: row.concerns,
  status: row.status,
  sessionsPlanned: row.sessions,
  createdOn: row.created_on,
});

export const toScheduleSession = (row: SessionRow): ScheduleSession => ({
  id: row.id,
  sessionNumber: row.session_number,
  day: row.day,
  signed: row.signed,
});

export const toScheduleScore = (row: {
  series_id: string | null;
  session_id: string | null;
  timepoint: ScheduleScore['timepoint'];
  rater: ScheduleScore['rater'];
}): ScheduleScore => ({
  seriesId: row.series_id,
  sessionId: row.session_id,
  timepoint: row.timepoint,
  rater: row.rater,
});
