import type { CheckInForm, NextStep, TriageLevel } from '@corium/contracts';
import type { TreatmentFacts } from '../plan/build-plan';
import { checkInTextsFor } from '../triage/check-in-texts';
import type { ExpectedCourse } from '../triage/expected-course';
import { redFlagsAsked } from '../triage/triage';

/** The form of one check-in in the patient's language: the six effects and that day's red flags. Pure. */
export function checkInFormFor(
  checkIn: { id: string; day: number; dueDate: string },
  context: { facts: TreatmentFacts; patientFirstName: string; clinicName: string; language: string },
  course: ExpectedCourse,
): CheckInForm {
  const { language, texts } = checkInTextsFor(context.language);
  return {
    checkInId: checkIn.id,
    day: checkIn.day,
    dueDate: checkIn.dueDate,
    treatmentDate: context.facts.treatmentDate,
    patientFirstName: context.patientFirstName,
    clinicName: context.clinicName,
    language,
    effects: (Object.keys(course.effects) as (keyof typeof texts.effects)[]).map((effect) => ({
      effect,
      question: texts.effects[effect].question,
      levels: texts.effects[effect].levels.map((description, score) => ({
        score,
        label: texts.levelLabels[score]!,
        description,
      })),
    })),
    redFlags: redFlagsAsked(checkIn.day, context.facts, course).map((rule) => ({
      id: rule.id,
      ...texts.redFlags[rule.id],
    })),
  };
}

/**
 * The emergency number to show, from the clinic's zone; null shows the generic wording.
 * Europe/London → 999; elsewhere in Europe 112 (the EU-wide number); North America 911;
 * Australia 000.
 */
const EMERGENCY_NUMBERS: [RegExp, string][] = [
  [/^Europe\/(London|Belfast|Guernsey|Isle_of_Man|Jersey)$/, '999'],
  [/^Europe\//, '112'],
  [
    /^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Toronto|Vancouver|Edmonton|Winnipeg|Halifax|Detroit)$/,
    '911',
  ],
  [/^Pacific\/Honolulu$/, '911'],
  [/^Australia\//, '000'],
];

export function emergencyNumberFor(timeZone: string): string | null {
  return EMERGENCY_NUMBERS.find(([zone]) => zone.test(timeZone))?.[1] ?? null;
}

/** What the patient sees at once after answering. */
export function nextStepFor(
  level: TriageLevel,
  context: { language: string; timeZone: string; respondBy: Date | null },
): NextStep {
  const { texts } = checkInTextsFor(context.language);
  const step = texts.nextSteps[level];
  const emergency = level === 'emergency';
  const number = emergency ? emergencyNumberFor(context.timeZone) : null;
  return {
    headline: number ? `${step.headline}: ${number}` : step.headline,
    body: step.body,
    callEmergencyServices: emergency,
    emergencyNumber: number,
    clinicRespondsBy:
      level === 'review' || level === 'urgent' ? (context.respondBy?.toISOString() ?? null) : null,
  };
}
