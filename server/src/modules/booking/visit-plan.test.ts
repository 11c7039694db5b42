import { describe, expect, it } from 'vitest';
import { holdsOf, placeSegments } from './visit-plan';

const needling = [
  { name: 'Numbing', minutes: 45, uses: ['room'] },
  { name: 'Needling', minutes: 30, uses: ['room', 'practitioner', 'pen'] },
  { name: 'Aftercare', minutes: 10, uses: ['room'] },
];
const t = (hhmm: string) => new Date(`2026-12-02T${hhmm}:00Z`);

describe('a visit placed in time', () => {
  it('puts the segments end to end', () => {
    expect(placeSegments(t('09:00'), needling).map((s) => [s.name, s.start, s.end])).toEqual([
      ['Numbing', t('09:00'), t('09:45')],
      ['Needling', t('09:45'), t('10:15')],
      ['Aftercare', t('10:15'), t('10:25')],
    ]);
  });

  it('holds the room in one piece and the practitioner and pen for the needling only', () => {
    const holds = holdsOf(placeSegments(t('09:00'), needling), {
      room: 'c-room',
      practitioner: 'a-user',
      pen: 'b-pen',
    });
    expect(holds.map((h) => [h.role, h.resourceId, h.start, h.end])).toEqual([
      ['practitioner', 'a-user', t('09:45'), t('10:15')],
      ['pen', 'b-pen', t('09:45'), t('10:15')],
      ['room', 'c-room', t('09:00'), t('10:25')],
    ]);
  });

  it('holds a resource twice when the segments that use it are apart', () => {
    const checkBack = [
      { name: 'Treatment', minutes: 30, uses: ['room', 'practitioner'] },
      { name: 'Rest', minutes: 20, uses: ['room'] },
      { name: 'Check', minutes: 10, uses: ['room', 'practitioner'] },
    ];
    const holds = holdsOf(placeSegments(t('09:00'), checkBack), { room: 'r', practitioner: 'p' });
    expect(holds.map((h) => [h.resourceId, h.start, h.end])).toEqual([
      ['p', t('09:00'), t('09:30')],
      ['p', t('09:50'), t('10:00')],
      ['r', t('09:00'), t('10:00')],
    ]);
  });
});
