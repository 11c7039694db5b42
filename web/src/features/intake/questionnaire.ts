import { createContext, useContext } from 'react';
import { intakeQuestions, intakeSteps, type IntakeQuestion, type IntakeStepId } from '@corium/contracts';

export type IsotretinoinUse = 'never' | 'current' | 'past';

/**
 * The questionnaire's own words around the questions (the questions come from the data), for
 * the person holding the device: the patient, or staff entering what the patient told them.
 */
export interface IntakeWords {
  /** Under every date field. */
  roughDate: string;
  tabletDateLabel: string;
  isotretinoinOptions: readonly { value: IsotretinoinUse; label: string }[];
  treatmentDateMissing: string;
  tabletDateMissing: string;
  /** The button of the last step, and the heading of the review after it. */
  reviewButton: string;
  reviewTitle: string;
  /** Above the review's heading, where a step says "Step 2 of 5". */
  reviewKicker: string;
}

const patientWords: IntakeWords = {
  roughDate: 'If you are not sure of the day, a rough date is fine.',
  tabletDateLabel: 'Date of your last tablet',
  isotretinoinOptions: [
    { value: 'never', label: 'No, never' },
    { value: 'current', label: 'Yes, I take it now' },
    { value: 'past', label: 'Yes, in the past' },
  ],
  treatmentDateMissing: 'Enter when you had it. A rough date is fine.',
  tabletDateMissing: 'Enter when you took your last tablet. A rough date is fine.',
  reviewButton: 'Review answers',
  reviewTitle: 'Check your answers',
  reviewKicker: 'All steps done',
};

const staffWords: IntakeWords = {
  roughDate: 'If the patient is not sure of the day, a rough date is fine.',
  tabletDateLabel: 'Date of the last tablet',
  isotretinoinOptions: [
    { value: 'never', label: 'No, never' },
    { value: 'current', label: 'Yes, takes it now' },
    { value: 'past', label: 'Yes, in the past' },
  ],
  treatmentDateMissing: 'Enter when the patient had it. A rough date is fine.',
  tabletDateMissing: 'Enter when the patient took the last tablet. A rough date is fine.',
  reviewButton: 'Review changes',
  reviewTitle: 'Check the changes',
  // Staff may jump here from any step, so it is not "all steps done".
  reviewKicker: 'Before saving',
};

export type IntakeStep = (typeof intakeSteps)[number];

/** Which questions are asked, in which steps, and in whose words. */
export interface Questionnaire {
  audience: 'patient' | 'staff';
  questions: readonly IntakeQuestion[];
  /** Only steps with something to answer. */
  steps: readonly IntakeStep[];
  words: IntakeWords;
}

const withQuestions = (questions: readonly IntakeQuestion[]) =>
  intakeSteps.filter((step) => questions.some((question) => question.step === step.id));

// Clinician-only questions are asked after the consultation, never of the patient.
const patientQuestions = intakeQuestions.filter((question) => !question.clinicianOnly);

export const patientQuestionnaire: Questionnaire = {
  audience: 'patient',
  questions: patientQuestions,
  steps: withQuestions(patientQuestions),
  words: patientWords,
};

/** Staff complete or correct every answer, including those given after the consultation. */
export const staffQuestionnaire: Questionnaire = {
  audience: 'staff',
  questions: intakeQuestions,
  steps: withQuestions(intakeQuestions),
  words: staffWords,
};

/** A step's questions; none past the last step, where the answers are reviewed. */
export const questionsOf = (questionnaire: Questionnaire, stepId: IntakeStepId | undefined) =>
  questionnaire.questions.filter((question) => question.step === stepId);

export const QuestionnaireContext = createContext<Questionnaire>(patientQuestionnaire);

/** The questionnaire on screen, for controls deep inside a step. */
export const useQuestionnaire = (): Questionnaire => useContext(QuestionnaireContext);
