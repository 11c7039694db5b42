import { describe, expect, it } from 'vitest';
import { erasableCategories, erasureLines, type ErasureCounts } from './erasure-plan';

const counts: ErasureCounts = {
  portal_account: 1,
  photo_uses: 2,
  notification_preferences: 1,
  message_addresses: 3,
  waitlist: 1,
  intake_draft: 0,
  pending_messages: 4,
  record_copies: 1,
};

describe('erasureLines', () => {
  it('lists every category: what is deleted with its count, what is kept with its reason', () => {
    const lines = erasureLines(counts);
    expect(lines.map((l) => [l.category, l.outcome, l.count])).toEqual([
      ['portal_account', 'deleted', 1],
      ['photo_uses', 'withdrawn', 2],
      ['notification_preferences', 'deleted', 1],
      ['message_addresses', 'deleted', 3],
      ['waitlist', 'deleted', 1],
      ['intake_draft', 'deleted', 0],
      ['pending_messages', 'deleted', 4],
      ['record_copies', 'deleted', 1],
      ['clinical_record', 'kept', null],
      ['consents', 'kept', null],
      ['contact_details', 'kept', null],
      ['access_log', 'kept', null],
    ]);
    const kept = lines.filter((l) => l.outcome === 'kept');
    expect(kept.every((l) => l.why.length > 20)).toBe(true);
  });

  it('counts exactly the categories that are not kept', () => {
    expect([...erasableCategories].sort()).toEqual(Object.keys(counts).sort());
  });
});
