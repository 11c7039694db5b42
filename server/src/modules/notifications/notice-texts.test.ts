import { describe, expect, it } from 'vitest';
import { emailText, smsText, visitTime, type VisitForNotice } from './notice-texts';
import { preCareFor, preCareSet } from './pre-care';

const context = { patientName: 'Ann', clinicName: 'Skin Clinic' };
const visit = (start: string, changes: Partial<VisitForNotice> = {}): VisitForNotice => ({
  serviceName: 'Microneedling, face',
  locationName: 'Main site',
  locationAddress: '1 High Street',
  timeZone: 'Europe/London',
  start: new Date(start),
  end: new Date(new Date(start).getTime() + 85 * 60_000),
  ...changes,
});
const noOptions = { previousStart: null, preCare: [] };

describe('visit times on the location’s wall clock', () => {
  it('shows London time in winter and in summer', () => {
    expect(visitTime(new Date('2026-12-02T10:00:00Z'), 'Europe/London')).toBe(
      'Wednesday 2 December 2026 at 10:00 (Europe/London)',
    );
    expect(visitTime(new Date('2026-06-10T09:00:00Z'), 'Europe/London')).toBe(
      'Wednesday 10 June 2026 at 10:00 (Europe/London)',
    );
    expect(visitTime(new Date('2026-11-02T14:30:00Z'), 'America/New_York')).toBe(
      'Monday 2 November 2026 at 09:30 (America/New_York)',
    );
  });
});

describe('e-mail texts', () => {
  it('confirms every visit of a series in one message', () => {
    const visits = [visit('2026-12-02T10:00:00Z'), visit('2026-12-30T10:00:00Z')];
    const mail = emailText('confirmation', context, visits, noOptions);
    expect(mail.subject).toBe('Your 2 appointments at Skin Clinic are booked');
    expect(mail.text).toContain('Hello Ann,');
    expect(mail.text).toContain(
      'Microneedling, face: Wednesday 2 December 2026 at 10:00 (Europe/London), at Main site, 1 High Street.',
    );
    expect(mail.text).toContain('Wednesday 30 December 2026');
    expect(mail.text).toContain('The attached invites add them to your calendar.');
  });

  it('puts the pre-care instructions in the reminder of a needling visit only', () => {
    const preCare = preCareFor('microneedling');
    const reminder = emailText('reminder', context, [visit('2026-12-02T10:00:00Z')], {
      previousStart: null,
      preCare,
    });
    expect(reminder.text).toContain('Before your visit:');
    expect(reminder.text).toMatch(/retinoids .* 3–5 days before/);
    expect(reminder.text).toContain('without make-up');
    expect(reminder.text).toMatch(/sunburn and tanning/);
    expect(reminder.text).toContain('30–60 minutes');
    const confirmation = emailText('confirmation', context, [visit('2026-12-02T10:00:00Z')], {
      previousStart: null,
      preCare,
    });
    expect(confirmation.text).not.toContain('Before your visit');
    expect(preCareFor(null)).toEqual([]);
  });

  it('tells where a moved visit was and where it is now', () => {
    const mail = emailText('moved', context, [visit('2026-12-03T14:00:00Z')], {
      previousStart: new Date('2026-12-02T10:00:00Z'),
      preCare: [],
    });
    expect(mail.subject).toBe('Your appointment at Skin Clinic has moved');
    expect(mail.text).toContain('It was on Wednesday 2 December 2026 at 10:00');
    expect(mail.text).toContain('Now: Microneedling, face: Thursday 3 December 2026 at 14:00');
  });
});

describe('text messages', () => {
  it('say only the clinic, the time and the place', () => {
    const sms = smsText('reminder', context, [visit('2026-12-02T10:00:00Z')]);
    expect(sms).toBe(
      'Skin Clinic: reminder of your appointment Wednesday 2 December 2026 at 10:00 (Europe/London) at Main site.',
    );
    for (const kind of ['confirmation', 'reminder', 'moved', 'cancellation'] as const) {
      const text = smsText(kind, context, [visit('2026-12-02T10:00:00Z')]);
      expect(text).not.toMatch(/microneedling|Ann|retinoid/i);
      expect(text.length).toBeLessThanOrEqual(160);
    }
  });
});

describe('pre-care data', () => {
  it('is versioned, and every instruction names its source in the clinical reference', () => {
    expect(preCareSet.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    for (const instruction of preCareSet.instructions)
      expect(instruction.references.length).toBeGreaterThan(0);
    expect(new Set(preCareSet.instructions.map((i) => i.id)).size).toBe(preCareSet.instructions.length);
  });

  it('repeats none of the myths the reference lists', () => {
    const all = preCareSet.instructions.map((i) => i.text).join(' ');
    expect(all).not.toMatch(/silk|spicy|oily|drink|water|NSAID|ibuprofen/i);
  });
});
