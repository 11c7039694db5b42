import { describe, expect, it } from 'vitest';
import { progressLines, type ProgressPhoto, type ProgressScore } from './progress';

const photo = (id: string, view: string, day: string): ProgressPhoto => ({
  id,
  view,
  zone: null,
  takenAt: new Date(`${day}T10:00:00Z`),
});
const score = (
  id: string,
  ratedOn: string,
  value: number,
  photoIds: string[],
  extra = {},
): ProgressScore => ({
  id,
  scale: 'goodman_baron',
  concern: 'acne_scars',
  timepoint: 'other',
  score: value,
  rater: 'clinician',
  ratedOn,
  photoIds,
  enteredInError: false,
  ...extra,
});
const urls = (id: string) => ({ thumbnailUrl: `/t/${id}`, imageUrl: `/i/${id}` });

describe('progressLines', () => {
  const photos = [
    photo('f1', 'front', '2026-01-05'),
    photo('l1', 'left_45', '2026-01-05'),
    photo('f2', 'front', '2026-06-01'),
  ];

  it('orders points by date and pairs each photo with the baseline of its view', () => {
    const lines = progressLines(
      [score('b', '2026-06-01', 2, ['f2']), score('a', '2026-01-05', 3, ['f1', 'l1'])],
      photos,
      urls,
    );
    expect(lines).toHaveLength(1);
    const [first, later] = lines[0]!.points;
    expect([first!.score, later!.score]).toEqual([3, 2]);
    expect(later!.photoPairs).toEqual([
      expect.objectContaining({
        view: 'front',
        baseline: expect.objectContaining({ id: 'f1' }),
        current: expect.objectContaining({ id: 'f2', thumbnailUrl: '/t/f2' }),
      }),
    ]);
  });

  it('leaves out scores entered in error, and keeps concerns and scales apart', () => {
    const lines = progressLines(
      [
        score('a', '2026-01-05', 3, []),
        score('x', '2026-02-05', 1, [], { enteredInError: true }),
        score('m', '2026-01-05', 5.8, [], { scale: 'mmasi', concern: 'melasma' }),
      ],
      photos,
      urls,
    );
    expect(lines.map((l) => `${l.concern}/${l.scale}:${l.points.length}`)).toEqual([
      'acne_scars/goodman_baron:1',
      'melasma/mmasi:1',
    ]);
  });
});
