import type { IntakeAnswers, Modality, ProcedureKind, ZoneId } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { daysBefore, levelOf, screen } from './screening.fixtures';

describe('yes/no questions', () => {
  const cases: [string, keyof IntakeAnswers, string][] = [
    ['C01', 'active_skin_infection', 'block'],
    ['C02', 'active_cold_sore', 'block'],
    ['C04', 'open_wounds_or_sunburn', 'block'],
    ['C06', 'skin_disease_flare', 'block'],
    ['C07', 'changing_mole_or_skin_cancer', 'needs-doctor'],
    ['C08', 'keloid_history', 'needs-doctor'],
    ['C14', 'permanent_filler_or_threads', 'needs-doctor'],
    ['C15', 'bleeding_disorder', 'block'],
    ['C16', 'anticoagulants', 'needs-doctor'],
    ['C17', 'bleeding_supplements', 'warn'],
    ['C18', 'immunosuppressed', 'needs-doctor'],
    ['C21', 'pregnant_or_breastfeeding', 'block'],
    ['C23', 'granuloma_history', 'needs-doctor'],
    ['C25', 'melasma_or_pih_history', 'warn'],
    ['C26', 'recent_sun_or_self_tan', 'warn'],
    ['C27', 'tattoo_in_area', 'warn'],
    ['C30', 'expectations_concern', 'warn'],
    ['C31', 'home_microneedling_recent', 'warn'],
  ];

  it.each(cases)('%s: %s = yes → %s, and it is the outcome', (ruleId, question, level) => {
    const result = screen({ [question]: true });
    expect(result.findings.map((f) => [f.ruleId, f.level])).toEqual([[ruleId, level]]);
    expect(result.outcome).toBe(level);
  });

  it.each(cases)('%s: %s = no → clear', (_ruleId, question) => {
    expect(screen({ [question]: false })).toMatchObject({ outcome: 'clear', findings: [] });
  });
});

describe('multiple-choice questions', () => {
  it.each([
    ['C05', { active_acne: 'inflammatory' }, 'block'],
    ['C05', { active_acne: 'comedonal' }, 'warn'],
    ['C05', { active_acne: 'none' }, 'clear'],
    ['C19', { diabetes: 'uncontrolled' }, 'needs-doctor'],
    ['C19', { diabetes: 'controlled' }, 'warn'],
    ['C19', { diabetes: 'none' }, 'clear'],
    ['C20', { connective_tissue_disease: 'scleroderma' }, 'block'],
    ['C20', { connective_tissue_disease: 'other_active' }, 'needs-doctor'],
    ['C20', { connective_tissue_disease: 'none' }, 'clear'],
    ['C24', { fitzpatrick_type: 1 }, 'clear'],
    ['C24', { fitzpatrick_type: 3 }, 'clear'],
    ['C24', { fitzpatrick_type: 4 }, 'warn'],
    ['C24', { fitzpatrick_type: 5 }, 'warn'],
    ['C24', { fitzpatrick_type: 6 }, 'warn'],
    ['C22', { allergies: ['nickel'] }, 'block'],
    ['C22', { allergies: ['stainless_steel'] }, 'block'],
    ['C22', { allergies: ['glide_gel'] }, 'block'],
    ['C22', { allergies: ['lidocaine'] }, 'warn'],
    ['C22', { allergies: ['prilocaine'] }, 'warn'],
    ['C22', { allergies: ['latex', 'penicillin'] }, 'clear'],
  ] as [string, Partial<IntakeAnswers>, string][])('%s: %o → %s', (ruleId, answers, level) => {
    const result = screen(answers);
    expect(levelOf(result, ruleId)).toBe(level);
    expect(result.outcome).toBe(level);
  });

  it('tells staff which answer triggered the finding, and the patient in plain words', () => {
    const [finding] = screen({ active_acne: 'comedonal' }).findings;
    expect(finding?.reason).toContain('active_acne: comedonal');
    expect(finding?.patientMessage).toMatch(/blackheads or whiteheads/);
    expect(finding?.patientMessage).not.toContain('active_acne');
  });
});

/** Windows fire below their length: at N days outside, N − 1 inside, N + 1 outside, same day inside. */
describe('dated answers', () => {
  const windows: [string, keyof IntakeAnswers, number, string, Modality][] = [
    ['C09', 'isotretinoin_last_dose', 183, 'needs-doctor', 'microneedling'],
    ['C10', 'topical_retinoid_last_use', 5, 'warn', 'microneedling'],
    ['C12', 'botulinum_toxin_last_date', 14, 'warn', 'microneedling'],
    ['C13', 'filler_last_date', 14, 'warn', 'microneedling'],
    ['C13', 'filler_last_date', 28, 'warn', 'rf-microneedling'],
  ];
  const offsets: [string, (n: number) => number, boolean][] = [
    ['at the window', (n) => n, false],
    ['just inside', (n) => n - 1, true],
    ['just outside', (n) => n + 1, false],
    ['on the treatment day', () => 0, true],
  ];

  for (const [ruleId, question, days, level, modality] of windows) {
    it.each(offsets)(`${ruleId} ${question} (${days} d, ${modality}): %s`, (_label, offset, fires) => {
      const result = screen({ [question]: daysBefore(offset(days)) }, { plan: { modality } });
      expect(levelOf(result, ruleId)).toBe(fires ? level : 'clear');
    });

    it(`${ruleId}: never (null) → clear`, () => {
      expect(screen({ [question]: null }, { plan: { modality } }).outcome).toBe('clear');
    });
  }

  it('C09: isotretinoin taken now → needs-doctor, whatever the date', () => {
    expect(levelOf(screen({ isotretinoin_last_dose: 'current' }), 'C09')).toBe('needs-doctor');
  });

  it('C13: a filler 20 days ago warns before RF microneedling only', () => {
    const filler = { filler_last_date: daysBefore(20) };
    expect(levelOf(screen(filler, { plan: { modality: 'microneedling' } }), 'C13')).toBe('clear');
    expect(levelOf(screen(filler, { plan: { modality: 'rf-microneedling' } }), 'C13')).toBe('warn');
  });

  it('counts across February: 14 days in a leap year is 16 Feb → 1 Mar, in a common year 15 Feb → 1 Mar', () => {
    const at = (filler: string, date: string): string =>
      levelOf(screen({ filler_last_date: filler }, { plan: { date } }), 'C13');
    expect(at('2028-02-16', '2028-03-01')).toBe('clear');
    expect(at('2028-02-17', '2028-03-01')).toBe('warn');
    expect(at('2026-02-15', '2026-03-01')).toBe('clear');
    expect(at('2026-02-16', '2026-03-01')).toBe('warn');
  });

  it('counts across a year end and month ends: isotretinoin stopped 2026-07-01, 183 days before 2026-12-31', () => {
    const at = (date: string): string =>
      levelOf(screen({ isotretinoin_last_dose: '2026-07-01' }, { plan: { date } }), 'C09');
    expect(at('2026-12-30')).toBe('needs-doctor');
    expect(at('2026-12-31')).toBe('clear');
  });

  it('treats a date after the treatment date as inside the window (the cautious reading)', () => {
    expect(levelOf(screen({ botulinum_toxin_last_date: '2026-12-01' }), 'C12')).toBe('warn');
  });
});

describe('C11 recent procedures', () => {
  const windows: [ProcedureKind, number | null, string][] = [
    ['superficial_peel', 14, 'block'],
    ['waxing', 14, 'block'],
    ['medium_peel', 28, 'block'],
    ['ablative_laser', 28, 'block'],
    ['nonablative_laser', 28, 'block'],
    ['surgery', 90, 'needs-doctor'],
  ];

  it.each(windows)('%s (%i d → %s): at, just inside, just outside the window', (kind, days, level) => {
    const at = (n: number): string =>
      levelOf(screen({ recent_procedures: [{ kind, date: daysBefore(n) }] }), 'C11');
    expect([at(days! - 1), at(days!), at(days! + 1), at(0)]).toEqual([level, 'clear', 'clear', level]);
  });

  it('radiotherapy at any time → needs-doctor', () => {
    for (const n of [0, 400, 3650, 20_000]) {
      const result = screen({ recent_procedures: [{ kind: 'radiotherapy', date: daysBefore(n) }] });
      expect(levelOf(result, 'C11')).toBe('needs-doctor');
    }
  });

  it('an empty list is an answer, and clear', () => {
    expect(screen({ recent_procedures: [] }).outcome).toBe('clear');
  });
});

describe('C28 age on the treatment date', () => {
  it.each([
    ['2008-11-26', 'needs-doctor', '17, 18 tomorrow'],
    ['2008-11-25', 'clear', '18 today'],
    ['2008-11-24', 'clear', '18 yesterday'],
    ['2012-01-01', 'needs-doctor', '14'],
  ])('born %s → %s (%s)', (dateOfBirth, level) => {
    expect(levelOf(screen({}, { patient: { dateOfBirth } }), 'C28')).toBe(level);
  });

  it('a leap-day baby turns 18 on 1 March in a common year', () => {
    const patient = { dateOfBirth: '2008-02-29' };
    expect(levelOf(screen({}, { patient, plan: { date: '2026-02-28' } }), 'C28')).toBe('needs-doctor');
    expect(levelOf(screen({}, { patient, plan: { date: '2026-03-01' } }), 'C28')).toBe('clear');
  });
});

describe('rules that depend on the plan', () => {
  it.each([
    [['cheeks'], 'microneedling', 'clear'],
    [['forehead', 'neck'], 'microneedling', 'clear'],
    [['perioral'], 'microneedling', 'needs-doctor'],
    [['upper_lip'], 'microneedling', 'needs-doctor'],
    [['nose'], 'microneedling', 'needs-doctor'],
    [['cheeks', 'nose'], 'microneedling', 'needs-doctor'],
    [['cheeks'], 'rf-microneedling', 'needs-doctor'],
    [['abdomen'], 'rf-microneedling', 'needs-doctor'],
  ] as [ZoneId[], Modality, string][])('C03 herpes history, %o by %s → %s', (zones, modality, level) => {
    expect(levelOf(screen({ herpes_history: true }, { plan: { zones, modality } }), 'C03')).toBe(level);
  });

  it('C03 needs a herpes history, even on the lips', () => {
    expect(screen({ herpes_history: false }, { plan: { zones: ['perioral'] } }).outcome).toBe('clear');
  });

  it('C29 implanted device blocks RF microneedling only', () => {
    const device = { implanted_electronic_device: true };
    expect(screen(device, { plan: { modality: 'microneedling' } })).toMatchObject({
      outcome: 'clear',
      findings: [],
    });
    expect(levelOf(screen(device, { plan: { modality: 'rf-microneedling' } }), 'C29')).toBe('block');
  });
});
