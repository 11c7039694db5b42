import type { FollowUpDue } from '@corium/contracts';
import type { Executor } from '../../platform/db/database';
import { seriesSchedule } from './core/follow-up-schedule';
import * as followUps from './follow-ups.repo';
import { toScheduleScore, toScheduleSeries, toScheduleSession } from './outcomes.mapper';
import * as repo from './outcomes.repo';

/**
 * The clinic's 3- and 6-month follow-ups that are due or overdue and not yet rated by a
 * clinician, oldest first: the staff list and the daily reminder scan both start here.
 */
export async function clinicFollowUps(db: Executor, clinicId: string, today: string): Promise<FollowUpDue[]> {
  const courses = await followUps.followUpCourses(db, clinicId);
  const ids = courses.map((c) => c.id);
  const sessions = await repo.sessionsOfSeries(db, clinicId, ids);
  const rated = (await repo.scoresOfSeries(db, clinicId, ids)).map(toScheduleScore);
  const reminders = await followUps.remindersOfClinic(db, clinicId);
  const due: FollowUpDue[] = [];
  for (const course of courses) {
    const ofCourse = sessions.filter((s) => s.series_id === course.id).map(toScheduleSession);
    const schedule = seriesSchedule(toScheduleSeries(course), ofCourse, rated, today);
    for (const item of schedule.items) {
      if (item.timepoint !== 'month_3' && item.timepoint !== 'month_6') continue;
      if ((item.state !== 'due' && item.state !== 'overdue') || item.dueOn === null) continue;
      const reminder = reminders.find((r) => r.series_id === course.id && r.timepoint === item.timepoint);
      due.push({
        patientId: course.patient_id,
        patientName: course.patient_name,
        seriesId: course.id,
        timepoint: item.timepoint,
        dueOn: item.dueOn,
        state: item.state,
        reminderSentAt: reminder?.sent_at?.toISOString() ?? null,
      });
    }
  }
  return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
