import type { Photo } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { comparisonPair, groupByView, nextView, viewLabel } from './photo-groups';

let serial = 0;
function photo(view: Photo['view'], takenAt: string, zone: Photo['zone'] = null): Photo {
  serial += 1;
  const id = `0190a000-0000-7000-8000-${String(serial).padStart(12, '0')}`;
  return {
    id,
    patientId: '0190a000-0000-7000-8000-000000000000',
    sessionId: null,
    appointmentId: null,
    view,
    zone,
    takenAt,
    width: 1600,
    height: 1200,
    source: 'clinic',
    allowedScopes: ['clinical_record'],
    urls: { full: `/photos/${id}`, thumbnail: `/photos/${id}/thumbnail` },
  };
}

describe('photos by view', () => {
  it('orders views as the standard set and each view oldest first', () => {
    const later = photo('front', '2025-06-10T09:00:00Z');
    const baseline = photo('front', '2025-03-03T09:00:00Z');
    const cheeks = photo('close_up', '2025-03-03T09:05:00Z', 'cheeks');
    const forehead = photo('close_up', '2025-03-03T09:04:00Z', 'forehead');
    const profile = photo('right_90', '2025-03-03T09:03:00Z');
    const groups = groupByView([later, cheeks, profile, baseline, forehead]);
    expect(groups.map((group) => group.label)).toEqual([
      'Front',
      'Right profile (90°)',
      'Close-up · Forehead',
      'Close-up · Cheeks',
    ]);
    expect(groups[0]!.photos).toEqual([baseline, later]);
  });

  it('names a view in the clinic’s words', () => {
    expect(viewLabel({ view: 'left_45', zone: null })).toBe('Left 45°');
    expect(viewLabel({ view: 'close_up', zone: 'periorbital' })).toBe('Close-up · Around the eyes');
  });
});

describe('the pair a comparison opens with', () => {
  const first = photo('front', '2025-03-03T09:00:00Z');
  const second = photo('front', '2025-04-07T09:00:00Z');
  const third = photo('front', '2025-06-10T09:00:00Z');

  it('is the baseline against the latest', () => {
    expect(comparisonPair([third, first, second])).toEqual({ before: first, after: third });
  });

  it('is the photos asked for, when they are of this view', () => {
    expect(comparisonPair([first, second, third], { before: second.id, after: third.id })).toEqual({
      before: second,
      after: third,
    });
    expect(comparisonPair([first, second, third], { before: 'elsewhere' })).toEqual({
      before: first,
      after: third,
    });
  });

  it('never compares a photo with itself', () => {
    expect(comparisonPair([first, second, third], { before: second.id, after: second.id })).toEqual({
      before: first,
      after: second,
    });
    expect(comparisonPair([first, second], { before: first.id, after: first.id })).toEqual({
      before: first,
      after: second,
    });
  });

  it('needs two photos', () => {
    expect(comparisonPair([first])).toBeNull();
  });
});

describe('the view after a saved photo', () => {
  it('follows the standard set and stays on the last face view and on close-ups', () => {
    expect(nextView('front')).toBe('left_45');
    expect(nextView('right_45')).toBe('left_90');
    expect(nextView('right_90')).toBe('right_90');
    expect(nextView('close_up')).toBe('close_up');
  });
});
