import { intakeAnswers, screeningRequest, screeningResult, clearIntakeAnswers } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { plan, screen } from './screening.fixtures';

/** The contracts in contracts/src/screening.ts, tested here beside the engine that relies on them. */

const request = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  answers: clearIntakeAnswers,
  dateOfBirth: '1990-05-14',
  plannedTreatment: plan(),
  ...changes,
});

/** [path, message] of every issue, path joined with dots. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]);
}

describe('intakeAnswers', () => {
  it('accepts a full history, and a partial one (unanswered questions are screened as INCOMPLETE)', () => {
    expect(intakeAnswers.parse(clearIntakeAnswers)).toEqual(clearIntakeAnswers);
    expect(intakeAnswers.parse({ herpes_history: true })).toEqual({ herpes_history: true });
  });

  it('refuses an unknown question id', () => {
    const result = intakeAnswers.safeParse({ ...clearIntakeAnswers, smoker: true });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['smoker'] }),
    ]);
  });

  it.each([
    [{ herpes_history: 'yes' }, 'herpes_history'],
    [{ active_acne: 'severe' }, 'active_acne'],
    [{ diabetes: true }, 'diabetes'],
    [{ fitzpatrick_type: 7 }, 'fitzpatrick_type'],
    [{ fitzpatrick_type: 3.5 }, 'fitzpatrick_type'],
    [{ isotretinoin_last_dose: 'stopped' }, 'isotretinoin_last_dose'],
    [{ filler_last_date: '25/11/2026' }, 'filler_last_date'],
    [{ recent_procedures: [{ kind: 'botox', date: '2026-11-01' }] }, 'recent_procedures.0.kind'],
    [{ recent_procedures: [{ kind: 'waxing', date: '2026-11-01', area: 'lip' }] }, 'recent_procedures.0'],
    [{ allergies: [''] }, 'allergies.0'],
    [{ allergies: 'nickel' }, 'allergies'],
  ])('refuses %o at %s', (changes, path) => {
    const found = issues(intakeAnswers.safeParse({ ...clearIntakeAnswers, ...changes }));
    expect(found.map(([p]) => p)).toEqual([path]);
  });

  it('refuses impossible calendar dates and accepts 29 February in a leap year', () => {
    expect(issues(intakeAnswers.safeParse({ filler_last_date: '2026-02-30' }))).toEqual([
      ['filler_last_date', 'Not a real calendar date (YYYY-MM-DD)'],
    ]);
    expect(intakeAnswers.safeParse({ filler_last_date: '2027-02-29' }).success).toBe(false);
    expect(intakeAnswers.safeParse({ filler_last_date: '2028-02-29' }).success).toBe(true);
    expect(intakeAnswers.safeParse({ isotretinoin_last_dose: 'current' }).success).toBe(true);
  });

  it('reads an allergy typed in words as its code, and keeps other allergies as written', () => {
    expect(intakeAnswers.parse({ allergies: ['Stainless steel', ' Nickel ', 'Glide-gel', 'Latex'] })).toEqual(
      {
        allergies: ['stainless_steel', 'nickel', 'glide_gel', 'Latex'],
      },
    );
    const answers = intakeAnswers.parse({ ...clearIntakeAnswers, allergies: ['Stainless Steel'] });
    expect(screen(answers).outcome).toBe('block');
  });
});

describe('screeningRequest', () => {
  it('accepts a valid request', () => {
    expect(screeningRequest.safeParse(request()).success).toBe(true);
  });

  it.each([
    [{ patientId: 'x' }, ''],
    [{ answers: { ...clearIntakeAnswers, smoker: true } }, 'answers'],
    [{ answers: { ...clearIntakeAnswers, herpes_history: 1 } }, 'answers.herpes_history'],
    [{ dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
    [{ plannedTreatment: { ...plan(), date: '2026-02-30' } }, 'plannedTreatment.date'],
    [{ plannedTreatment: { ...plan(), zones: [] } }, 'plannedTreatment.zones'],
    [{ plannedTreatment: { ...plan(), zones: ['face'] } }, 'plannedTreatment.zones.0'],
    [{ plannedTreatment: { ...plan(), modality: 'laser' } }, 'plannedTreatment.modality'],
    [{ plannedTreatment: { ...plan(), maxDepthMm: 0 } }, 'plannedTreatment.maxDepthMm'],
    [{ plannedTreatment: { ...plan(), maxDepthMm: 3.6 } }, 'plannedTreatment.maxDepthMm'],
    [{ plannedTreatment: { ...plan(), sessions: 3 } }, 'plannedTreatment'],
  ])('refuses %o at "%s"', (changes, path) => {
    expect(issues(screeningRequest.safeParse(request(changes))).map(([p]) => p)).toEqual([path]);
  });

  it('accepts the deepest allowed setting, 3.5 mm', () => {
    expect(screeningRequest.safeParse(request({ plannedTreatment: plan({ maxDepthMm: 3.5 }) })).success).toBe(
      true,
    );
  });

  it('refuses a date of birth after the treatment date', () => {
    expect(issues(screeningRequest.safeParse(request({ dateOfBirth: '2026-11-26' })))).toEqual([
      ['dateOfBirth', 'The date of birth is after the planned treatment date'],
    ]);
    expect(screeningRequest.safeParse(request({ dateOfBirth: '2026-11-25' })).success).toBe(true);
  });

  it('refuses history dates after the treatment date, with their paths', () => {
    const answers = {
      ...clearIntakeAnswers,
      filler_last_date: '2026-11-26',
      recent_procedures: [
        { kind: 'waxing', date: '2026-11-01' },
        { kind: 'surgery', date: '2027-01-10' },
      ],
    };
    expect(issues(screeningRequest.safeParse(request({ answers }))).map(([p]) => p)).toEqual([
      'answers.filler_last_date',
      'answers.recent_procedures.1.date',
    ]);
  });
});

describe('screeningResult', () => {
  it('describes what the engine returns', () => {
    const result = screen({ active_acne: 'comedonal' }, { plan: { zones: ['cheeks', 'chin'] } });
    expect(screeningResult.parse(result)).toEqual(result);
  });

  it('refuses a finding at level clear, and a depth cap for an unknown zone', () => {
    const finding = { ruleId: 'C01', level: 'clear', reason: 'r', patientMessage: 'p', references: [] };
    const base = { outcome: 'warn', ruleSetVersion: 'v', findings: [], depthCapsMm: {} };
    expect(screeningResult.safeParse({ ...base, findings: [finding] }).success).toBe(false);
    expect(screeningResult.safeParse({ ...base, depthCapsMm: { face: 1 } }).success).toBe(false);
  });
});
