import { describe, expect, it } from 'vitest';
import { firstMatch, fitsTimeOfDay, type FreedTime, type WaitingEntry } from './waitlist-matching';

const time: FreedTime = {
  serviceId: 'needling',
  locationId: 'harbour',
  practitionerId: 'dr-ng',
  day: '2026-12-10',
  minutes: 9 * 60 + 30,
};

let n = 0;
const entry = (changes: Partial<WaitingEntry> = {}): WaitingEntry => ({
  id: `e${++n}`,
  patientId: `p${n}`,
  serviceId: 'needling',
  locationId: 'harbour',
  practitionerId: null,
  earliestDate: '2026-12-01',
  latestDate: '2026-12-31',
  timeOfDay: 'any',
  createdAt: new Date(Date.UTC(2026, 10, 1, 0, n)),
  reachable: true,
  ...changes,
});

describe('who is offered a freed time', () => {
  it('is the patient waiting longest, not the one listed first', () => {
    const older = entry({ createdAt: new Date('2026-10-01T00:00:00Z') });
    const newer = entry({ createdAt: new Date('2026-11-01T00:00:00Z') });
    expect(firstMatch([newer, older], time, new Set())?.id).toBe(older.id);
  });

  it('skips entries for another service, location, practitioner or days', () => {
    const entries = [
      entry({ serviceId: 'consultation' }),
      entry({ locationId: 'elsewhere' }),
      entry({ practitionerId: 'dr-other' }),
      entry({ earliestDate: '2026-12-11' }),
      entry({ latestDate: '2026-12-09' }),
    ];
    expect(firstMatch(entries, time, new Set())).toBeNull();
    const withPractitioner = entry({ practitionerId: 'dr-ng' });
    expect(firstMatch([...entries, withPractitioner], time, new Set())?.id).toBe(withPractitioner.id);
  });

  it('respects mornings and afternoons, noon being afternoon', () => {
    expect(firstMatch([entry({ timeOfDay: 'afternoon' })], time, new Set())).toBeNull();
    expect(firstMatch([entry({ timeOfDay: 'morning' })], time, new Set())).not.toBeNull();
    expect(fitsTimeOfDay('morning', 11 * 60 + 45)).toBe(true);
    expect(fitsTimeOfDay('morning', 12 * 60)).toBe(false);
    expect(fitsTimeOfDay('afternoon', 12 * 60)).toBe(true);
  });

  it('passes over patients already asked and those no e-mail reaches, to the next in line', () => {
    const asked = entry();
    const unreachable = entry({ reachable: false });
    const next = entry();
    expect(firstMatch([asked, unreachable, next], time, new Set([asked.patientId]))?.id).toBe(next.id);
  });
});
