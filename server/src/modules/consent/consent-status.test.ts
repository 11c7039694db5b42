import type { ConsentTreatment } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import {
  consentRefusal,
  consentStatus,
  treatmentConsents,
  type ConsentFacts,
  type CurrentVersion,
} from './consent-status';
import { dayInZone, longDate, signedTime } from './consent-time';

const at = (iso: string) => new Date(iso);
const version = (materialRevision: number, v = materialRevision): CurrentVersion => ({
  id: `version-${v}`,
  version: v,
  materialRevision,
});
const consent = (overrides: Partial<ConsentFacts> = {}): ConsentFacts => ({
  id: '0192f1e2-0000-7000-8000-000000000001',
  treatment: 'microneedling',
  signedAt: at('2026-11-02T10:00:00Z'),
  withdrawnAt: null,
  templateVersion: 1,
  materialRevision: 1,
  ...overrides,
});
const allCurrent = (materialRevision = 1) =>
  new Map<ConsentTreatment, CurrentVersion>(
    (['microneedling', 'rf_microneedling', 'prp', 'photography'] as const).map((t) => [
      t,
      version(materialRevision),
    ]),
  );

describe('consent status', () => {
  it('stays valid through non-material edits and needs re-signing after a material one', () => {
    expect(consentStatus(consent(), version(1, 5))).toBe('valid');
    expect(consentStatus(consent(), version(2, 6))).toBe('needs_resigning');
  });

  it('is withdrawn once withdrawn, whatever the revision', () => {
    const withdrawn = consent({ withdrawnAt: at('2026-11-03T09:00:00Z') });
    expect(consentStatus(withdrawn, version(1))).toBe('withdrawn');
    expect(consentStatus(withdrawn, version(2))).toBe('withdrawn');
  });
});

describe('status per treatment', () => {
  it('lets the newest consent decide and says missing when there is none', () => {
    const older = consent({ id: 'a', signedAt: at('2026-10-01T10:00:00Z') });
    const newer = consent({ id: 'b', withdrawnAt: at('2026-11-05T10:00:00Z') });
    const statuses = treatmentConsents(allCurrent(), [newer, older], []);
    expect(statuses.find((s) => s.treatment === 'microneedling')).toMatchObject({
      status: 'withdrawn',
      consentId: 'b',
    });
    expect(statuses.find((s) => s.treatment === 'prp')).toMatchObject({ status: 'missing', consentId: null });
  });

  it('breaks a tie of signing times by id, newest id first', () => {
    const first = consent({
      id: '0192f1e2-0000-7000-8000-000000000001',
      withdrawnAt: at('2026-11-04T00:00:00Z'),
    });
    const second = consent({ id: '0192f1e2-0000-7000-8000-000000000002' });
    const [microneedling] = treatmentConsents(allCurrent(), [second, first], []);
    expect(microneedling).toMatchObject({ consentId: second.id, status: 'valid' });
  });

  it('shows a request until a signature answers it', () => {
    const requests = [{ treatment: 'prp' as const, requestedAt: at('2026-11-01T09:00:00Z') }];
    const before = treatmentConsents(allCurrent(), [], requests);
    expect(before.find((s) => s.treatment === 'prp')?.requested).toBe(true);
    expect(before.find((s) => s.treatment === 'microneedling')?.requested).toBe(false);
    const signed = consent({ treatment: 'prp', signedAt: at('2026-11-02T09:00:00Z') });
    const after = treatmentConsents(allCurrent(), [signed], requests);
    expect(after.find((s) => s.treatment === 'prp')).toMatchObject({ requested: false, status: 'valid' });
  });
});

describe('refusing a session', () => {
  it('says what is missing in words for the practitioner', () => {
    expect(consentRefusal('microneedling', undefined, version(1), 'Europe/London')).toBe(
      'The patient has not signed the consent for Microneedling; they must sign it before the session.',
    );
    expect(consentRefusal('microneedling', consent(), version(1, 3), 'Europe/London')).toBeNull();
    expect(
      consentRefusal(
        'prp',
        consent({ withdrawnAt: at('2026-11-03T00:00:00Z') }),
        version(1),
        'Europe/London',
      ),
    ).toMatch(/withdrew their consent for Platelet-rich plasma/);
    expect(consentRefusal('microneedling', consent(), version(2, 4), 'Europe/London')).toBe(
      'The consent for Microneedling signed on 2 November 2026 (version 1) no longer covers sessions: the ' +
        'consent text has changed materially since (now version 4). The patient must sign the current version ' +
        'before the session.',
    );
  });
});

describe('dates on a consent', () => {
  it('are days and times in the clinic’s zone, across midnight and daylight-saving changes', () => {
    expect(longDate('2026-03-09')).toBe('9 March 2026');
    expect(dayInZone(at('2026-11-26T23:30:00Z'), 'Europe/Berlin')).toBe('2026-11-27');
    expect(dayInZone(at('2026-11-26T23:30:00Z'), 'America/New_York')).toBe('2026-11-26');
    // 29 March 2026: London moves from GMT to BST at 01:00 UTC.
    expect(signedTime(at('2026-03-29T00:30:00Z'), 'Europe/London')).toBe(
      '29 March 2026, 00:30 (Europe/London)',
    );
    expect(signedTime(at('2026-03-29T01:30:00Z'), 'Europe/London')).toBe(
      '29 March 2026, 02:30 (Europe/London)',
    );
  });
});
