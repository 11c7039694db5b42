import type {
  AftercareTimeline,
  LocalizedText,
  MilestoneId,
  Modality,
  ResumeDelayReason,
  ResumeDelayRules,
  ZoneId,
} from '@corium/contracts';
import { addDays } from '../../booking/wall-clock';

/** What was actually done, read from the signed chart and the patient's record. */
export interface TreatmentFacts {
  modality: Modality;
  zones: ZoneId[];
  /** The deepest zone's depth (mm); null when no zone was charted. */
  deepestMm: number | null;
  /** Platelet-rich plasma was applied to the needled skin. */
  prp: boolean;
  fitzpatrickType: number | null;
  /** `YYYY-MM-DD` in the clinic's zone. */
  treatmentDate: string;
}

export interface BuiltMilestone {
  id: MilestoneId;
  day: number;
  date: string;
  title: string;
  detail: string;
  delayedByDays: number;
}

export interface BuiltDay {
  day: number;
  date: string;
  expected: string;
  do: string[];
  avoid: string[];
  milestones: BuiltMilestone[];
}

export interface BuiltMessage {
  id: string;
  day: number;
  text: string;
}

export interface BuiltPlan {
  language: string;
  resumeDelay: { days: number; reasons: ResumeDelayReason[] };
  days: BuiltDay[];
  milestones: BuiltMilestone[];
  messages: BuiltMessage[];
  checkInDays: number[];
}

/**
 * Days added to every delayable milestone (§4: "add 1–3 days to each resume milestone for
 * depths ≥ 2 mm, RF microneedling, PRP combinations, or Fitzpatrick IV–VI"). The reasons add
 * up to the cap: 2.5 mm RF on type V skin = 2 + 2 + 1 = 5 → 3 days with the default rules.
 */
export function resumeDelay(
  facts: TreatmentFacts,
  rules: ResumeDelayRules,
): { days: number; reasons: ResumeDelayReason[] } {
  const applies: [ResumeDelayReason, boolean, number][] = [
    ['deep_needling', facts.deepestMm !== null && facts.deepestMm >= rules.deepFromMm, rules.deepDays],
    ['rf_microneedling', facts.modality === 'rf-microneedling', rules.rfDays],
    ['prp', facts.prp, rules.prpDays],
    ['fitzpatrick_4_to_6', (facts.fitzpatrickType ?? 0) >= 4, rules.darkerSkinDays],
  ];
  const found = applies.filter(([, yes]) => yes);
  const total = found.reduce((sum, [, , days]) => sum + days, 0);
  return { days: Math.min(total, rules.maxDays), reasons: found.map(([reason]) => reason) };
}

/** The text in the patient's language, else its base language (`pt` for `pt-BR`), else English. */
export function textIn(text: LocalizedText, language: string): string {
  const base = language.split('-')[0]!;
  return text[language] ?? text[base] ?? text.en;
}

/** The plan's language: the patient's when the timeline has it, otherwise English. */
function planLanguage(timeline: AftercareTimeline, preferred: string): string {
  const sample = timeline.stages[0]!.expected;
  if (sample[preferred]) return preferred;
  const base = preferred.split('-')[0]!;
  return sample[base] ? base : 'en';
}

function milestonesOf(
  timeline: AftercareTimeline,
  facts: TreatmentFacts,
  delayDays: number,
  language: string,
): BuiltMilestone[] {
  return timeline.milestones
    .map((m) => {
      const delayedByDays = m.delayable ? delayDays : 0;
      const day = m.day + delayedByDays;
      return {
        id: m.id,
        day,
        date: addDays(facts.treatmentDate, day),
        title: textIn(m.title, language),
        detail: textIn(m.detail, language),
        delayedByDays,
      };
    })
    .sort((a, b) => a.day - b.day);
}

/**
 * The patient's day-by-day plan from the signed session's facts and the clinic's timeline:
 * each day's expected skin, do and avoid, what resumes that day (delayed for this treatment),
 * the morning messages and the check-in days. Pure: same facts and timeline, same plan.
 */
export function buildAftercarePlan(
  facts: TreatmentFacts,
  timeline: AftercareTimeline,
  preferredLanguage = 'en',
): BuiltPlan {
  const language = planLanguage(timeline, preferredLanguage);
  const delay = resumeDelay(facts, timeline.resumeDelay);
  const milestones = milestonesOf(timeline, facts, delay.days, language);
  const lastStage = Math.max(...timeline.stages.map((s) => s.toDay));
  const days: BuiltDay[] = [];
  for (let day = 0; day <= lastStage; day++) {
    const stage = timeline.stages.find((s) => s.fromDay <= day && day <= s.toDay)!;
    days.push({
      day,
      date: addDays(facts.treatmentDate, day),
      expected: textIn(stage.expected, language),
      do: stage.do.map((t) => textIn(t, language)),
      avoid: stage.avoid.map((t) => textIn(t, language)),
      milestones: milestones.filter((m) => m.day === day),
    });
  }
  const messages = timeline.messages.map((m) => ({
    id: m.id,
    day: m.day ?? milestones.find((ms) => ms.id === m.milestone)!.day,
    text: textIn(m.text, language),
  }));
  return { language, resumeDelay: delay, days, milestones, messages, checkInDays: [...timeline.checkInDays] };
}
