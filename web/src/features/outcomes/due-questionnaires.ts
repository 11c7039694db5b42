import type { OutcomeScaleId, OutcomeTimepoint, SeriesSchedule } from '@corium/contracts';

/** The questions a patient answers at each point (clinical reference §7.2 item 3). */
const scalesAt: Partial<Record<OutcomeTimepoint, OutcomeScaleId[]>> = {
  baseline: ['appearance_check'],
  month_3: ['gais_patient', 'satisfaction', 'appearance_check'],
  month_6: ['gais_patient', 'satisfaction', 'appearance_check'],
};

/** A patient's questionnaire stays open this many days from its date, like the clinic's follow-up. */
const OPEN_DAYS = 28;

export interface DueQuestionnaire {
  seriesId: string;
  timepoint: OutcomeTimepoint;
  dueOn: string;
  scales: OutcomeScaleId[];
}

const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The questionnaires open for the patient today: at baseline and 3 and 6 months after the last
 * session, from their date for four weeks, until answered. Worked example: month 3 dated
 * 2026-06-02 is open 2026-06-02 … 2026-06-30.
 */
export function dueQuestionnaires(schedule: readonly SeriesSchedule[], today: string): DueQuestionnaire[] {
  return schedule.flatMap((series) =>
    series.items.flatMap((item) => {
      const scales = scalesAt[item.timepoint];
      if (!scales || !item.dueOn || item.patientDone || series.status === 'stopped') return [];
      if (today < item.dueOn || today > addDays(item.dueOn, OPEN_DAYS)) return [];
      return [{ seriesId: series.seriesId, timepoint: item.timepoint, dueOn: item.dueOn, scales }];
    }),
  );
}
