import type { Modality, TreatmentSeriesRequest } from '@corium/contracts';

type Concern = TreatmentSeriesRequest['concerns'][number];

/** A course as clinical-reference.md §2.7 describes it for one indication. */
interface CourseDefaults {
  sessions: number;
  intervalDays: number;
  minIntervalDays: number;
  maxIntervalDays: number;
}

/**
 * Defaults by indication (clinical-reference.md §2.7). Where the table gives a range of
 * intervals, min and max are its ends; where it gives one interval, Corium allows a week either
 * side (its own choice, not evidence), never below the 14-day floor.
 */
const courses = {
  // 3–6 sessions (median 3, Dogra 5), 4 weeks (range 2–6).
  acneScars: { sessions: 4, intervalDays: 28, minIntervalDays: 14, maxIntervalDays: 42 },
  // Rejuvenation, fine lines, texture: 3–4 sessions, 4 weeks (Exceed: 4 × 30 days).
  rejuvenation: { sessions: 4, intervalDays: 28, minIntervalDays: 21, maxIntervalDays: 35 },
  // Striae: 3–6 sessions, 2–6 weeks.
  striae: { sessions: 4, intervalDays: 28, minIntervalDays: 14, maxIntervalDays: 42 },
  // Melasma as an adjunct: 2–6 sessions, 2–4 weeks (Cassiano: monthly; TXA trials: biweekly).
  melasma: { sessions: 4, intervalDays: 28, minIntervalDays: 14, maxIntervalDays: 28 },
  // RF microneedling: 3 (2–4) sessions, 4–6 weeks.
  rf: { sessions: 3, intervalDays: 28, minIntervalDays: 28, maxIntervalDays: 42 },
} satisfies Record<string, CourseDefaults>;

const courseOfConcern: Record<Concern, keyof typeof courses> = {
  acne_scars: 'acneScars',
  stretch_marks: 'striae',
  melasma: 'melasma',
  pigmentation: 'melasma',
  uneven_tone: 'rejuvenation',
  sunspots: 'rejuvenation',
  texture: 'rejuvenation',
  enlarged_pores: 'rejuvenation',
  wrinkles: 'rejuvenation',
  fine_lines: 'rejuvenation',
};

/**
 * The course for a plan's concerns and modality. RF has its own course whatever the concern;
 * several concerns take the most cautious of their courses: the most sessions, the longest
 * minimum, typical and maximum interval (acne scars + melasma → 4 sessions, 14–42 days, 28 typical).
 */
export function courseDefaults(concerns: readonly Concern[], modality: Modality): CourseDefaults {
  const chosen =
    modality === 'rf-microneedling' ? [courses.rf] : concerns.map((c) => courses[courseOfConcern[c]]);
  return {
    sessions: Math.max(...chosen.map((c) => c.sessions)),
    intervalDays: Math.max(...chosen.map((c) => c.intervalDays)),
    minIntervalDays: Math.max(...chosen.map((c) => c.minIntervalDays)),
    maxIntervalDays: Math.max(...chosen.map((c) => c.maxIntervalDays)),
  };
}
