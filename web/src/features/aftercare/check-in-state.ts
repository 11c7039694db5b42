import type { CheckInAnswers, CheckInEffect, CheckInForm, RedFlagQuestionId } from '@corium/contracts';

/** What the patient has chosen so far; nothing is pre-selected, so every answer is a real one. */
export interface CheckInDraft {
  effects: Partial<Record<CheckInEffect, number>>;
  redFlags: Partial<Record<RedFlagQuestionId, boolean>>;
  note: string;
}

export const emptyDraft: CheckInDraft = { effects: {}, redFlags: {}, note: '' };

/** The id of a question's group on the page, for focusing the first one left unanswered. */
export const effectFieldId = (effect: CheckInEffect) => `check-in-effect-${effect}`;
export const redFlagFieldId = (id: RedFlagQuestionId) => `check-in-flag-${id}`;

export interface Progress {
  answered: number;
  total: number;
  /** The first question without an answer, in page order; null when all are answered. */
  firstMissing: string | null;
}

/** How far through the form the patient is: each effect and each red-flag question counts once. */
export function checkInProgress(form: CheckInForm, draft: CheckInDraft): Progress {
  const fields = [
    ...form.effects.map((q) => ({
      id: effectFieldId(q.effect),
      done: draft.effects[q.effect] !== undefined,
    })),
    ...form.redFlags.map((q) => ({ id: redFlagFieldId(q.id), done: draft.redFlags[q.id] !== undefined })),
  ];
  return {
    answered: fields.filter((field) => field.done).length,
    total: fields.length,
    firstMissing: fields.find((field) => !field.done)?.id ?? null,
  };
}

/**
 * The answers to send, or null while any question the form asked is unanswered. The server's
 * form always lists all six effects (the contract requires every one scored).
 */
export function checkInAnswers(form: CheckInForm, draft: CheckInDraft): CheckInAnswers | null {
  if (checkInProgress(form, draft).firstMissing !== null) return null;
  const score = (effect: CheckInEffect) => draft.effects[effect] ?? 0;
  const redFlags: CheckInAnswers['redFlags'] = {};
  for (const question of form.redFlags) redFlags[question.id] = draft.redFlags[question.id] === true;
  const note = draft.note.trim();
  return {
    effects: {
      redness: score('redness'),
      swelling: score('swelling'),
      pain: score('pain'),
      itching: score('itching'),
      flaking: score('flaking'),
      bruising: score('bruising'),
    },
    redFlags,
    ...(note === '' ? {} : { note }),
  };
}
