import { describe, expect, it } from 'vitest';
import { defaultTimeline } from '../timeline/default-timeline';
import { buildAftercarePlan, resumeDelay, type TreatmentFacts } from './build-plan';

const facts: TreatmentFacts = {
  modality: 'microneedling',
  zones: ['cheeks', 'forehead'],
  deepestMm: 1.5,
  prp: false,
  fitzpatrickType: 2,
  treatmentDate: '2026-12-01',
};
const rules = defaultTimeline.resumeDelay;

describe('resume delay (§4: add 1–3 days)', () => {
  it('is none for standard needling at 1.5 mm on type II skin', () => {
    expect(resumeDelay(facts, rules)).toEqual({ days: 0, reasons: [] });
  });

  it('adds days for depth ≥ 2 mm, RF, PRP and Fitzpatrick IV–VI', () => {
    expect(resumeDelay({ ...facts, deepestMm: 2 }, rules)).toEqual({ days: 2, reasons: ['deep_needling'] });
    expect(resumeDelay({ ...facts, modality: 'rf-microneedling' }, rules)).toEqual({
      days: 2,
      reasons: ['rf_microneedling'],
    });
    expect(resumeDelay({ ...facts, prp: true }, rules)).toEqual({ days: 1, reasons: ['prp'] });
    expect(resumeDelay({ ...facts, fitzpatrickType: 4 }, rules)).toEqual({
      days: 1,
      reasons: ['fitzpatrick_4_to_6'],
    });
  });

  it('adds the reasons up to three days at most', () => {
    const all = {
      ...facts,
      deepestMm: 2.5,
      modality: 'rf-microneedling' as const,
      prp: true,
      fitzpatrickType: 6,
    };
    expect(resumeDelay(all, rules)).toEqual({
      days: 3,
      reasons: ['deep_needling', 'rf_microneedling', 'prp', 'fitzpatrick_4_to_6'],
    });
  });
});

describe('buildAftercarePlan', () => {
  it('gives every day 0–14 its guidance and dates', () => {
    const plan = buildAftercarePlan(facts, defaultTimeline);
    expect(plan.days.map((d) => d.day)).toEqual([...Array(15).keys()]);
    expect(plan.days[0]!.date).toBe('2026-12-01');
    expect(plan.days[14]!.date).toBe('2026-12-15');
    expect(plan.days.every((d) => d.expected.length > 0 && d.do.length > 0)).toBe(true);
    expect(plan.checkInDays).toEqual([1, 2, 3, 5, 7, 14]);
  });

  it('places the milestones on their days: actives on day 7 for standard work', () => {
    const plan = buildAftercarePlan(facts, defaultTimeline);
    const day = (id: string) => plan.milestones.find((m) => m.id === id)!.day;
    expect([day('sunscreen'), day('makeup'), day('exercise'), day('swimming_sauna'), day('actives')]).toEqual(
      [1, 1, 3, 5, 7],
    );
    expect(plan.days[7]!.milestones.map((m) => m.id)).toEqual(['actives']);
  });

  it('moves only "resume" milestones, and the actives message with them', () => {
    const plan = buildAftercarePlan({ ...facts, modality: 'rf-microneedling' }, defaultTimeline);
    const milestone = (id: string) => plan.milestones.find((m) => m.id === id)!;
    expect(milestone('actives')).toMatchObject({ day: 9, date: '2026-12-10', delayedByDays: 2 });
    expect(milestone('sunscreen')).toMatchObject({ day: 1, delayedByDays: 0 });
    expect(milestone('other_procedures').day).toBe(14);
    expect(plan.messages).toEqual([
      expect.objectContaining({ id: 'sunscreen_from_today', day: 1 }),
      expect.objectContaining({ id: 'flaking_is_normal', day: 3 }),
      expect.objectContaining({ id: 'actives_may_resume', day: 9 }),
    ]);
  });

  it('uses the patient language where the timeline has it, English otherwise', () => {
    const french = {
      ...defaultTimeline,
      stages: defaultTimeline.stages.map((s) => ({
        ...s,
        expected: { ...s.expected, fr: `FR ${s.expected.en}` },
      })),
    };
    expect(buildAftercarePlan(facts, french, 'fr-CA').days[0]!.expected).toMatch(/^FR /);
    expect(buildAftercarePlan(facts, french, 'fr-CA').language).toBe('fr');
    expect(buildAftercarePlan(facts, defaultTimeline, 'fr').language).toBe('en');
  });

  it('never encodes the myths of §4 (silk pillowcases, diet, extra water, NSAIDs)', () => {
    const text = JSON.stringify(buildAftercarePlan(facts, defaultTimeline)).toLowerCase();
    for (const myth of ['silk pillowcase', 'spicy', 'oily food', 'extra water', 'nsaid', 'ibuprofen'])
      expect(text).not.toContain(myth);
  });
});
