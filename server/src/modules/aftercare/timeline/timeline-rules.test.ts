import { describe, expect, it } from 'vitest';
import { defaultTimeline } from './default-timeline';
import { parseTimeline, timelineProblems } from './timeline-rules';

describe('timeline rules', () => {
  it('accepts Corium’s default', () => {
    expect(timelineProblems(defaultTimeline)).toEqual([]);
    expect(parseTimeline(defaultTimeline)).toEqual(defaultTimeline);
  });

  it('names gaps in the days, duplicate milestones, loose messages and unordered check-ins', () => {
    const broken = {
      ...defaultTimeline,
      stages: defaultTimeline.stages.filter((s) => s.fromDay !== 3),
      milestones: [...defaultTimeline.milestones, defaultTimeline.milestones[0]!],
      messages: [{ id: 'both', day: 2, milestone: 'actives' as const, text: { en: 'x' } }],
      checkInDays: [3, 1],
    };
    const paths = timelineProblems(broken).map((p) => p.path);
    expect(paths).toContain('timeline.stages.3.fromDay');
    expect(paths).toContain(`timeline.milestones.${defaultTimeline.milestones.length}.id`);
    expect(paths).toContain('timeline.messages.0');
    expect(paths).toContain('timeline.checkInDays');
  });

  it('refuses a timeline without English text', () => {
    const noEnglish = {
      ...defaultTimeline,
      milestones: [{ ...defaultTimeline.milestones[0]!, title: { fr: 'Crème solaire' } }],
    };
    expect(() => parseTimeline(noEnglish)).toThrow('not complete');
  });
});
