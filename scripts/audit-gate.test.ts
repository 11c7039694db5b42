import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations.
import { judge, loadExceptions } from './audit-gate.mjs';

/** The shape of `npm audit --json` (npm 10): vulnerabilities by package, advisories in `via`. */
const report = (severity: string) => ({
  auditReportVersion: 2,
  vulnerabilities: {
    'some-lib': {
      name: 'some-lib',
      severity,
      via: [
        {
          source: 1,
          title: 'Prototype pollution',
          url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
          severity,
        },
      ],
    },
    'uses-some-lib': { name: 'uses-some-lib', severity, via: ['some-lib'] },
  },
});
const none = { active: [], problems: [] };

function exceptionsFile(entries: object[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'audit-gate-')), 'audit-exceptions.json');
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

describe('npm audit gate', () => {
  it('fails on a high advisory and passes on a moderate one', () => {
    expect(judge(report('high'), none)).toMatchObject({
      ok: false,
      checked: true,
      phrase: 'npm audit 1 high/critical',
    });
    expect(judge(report('moderate'), none)).toMatchObject({
      ok: true,
      checked: true,
      phrase: 'npm audit 0 high/critical',
    });
  });

  it('says the audit could not be checked when the service answers with an error', () => {
    const refused = { message: '405 Method Not Allowed', statusCode: 405 };
    expect(judge(refused, none)).toEqual({
      ok: true,
      checked: false,
      phrase: 'npm audit: advisory service unreachable',
    });
    expect(judge(null, none).checked).toBe(false);
  });

  it('waives a documented exception until it expires', () => {
    const entry = {
      id: 'GHSA-aaaa-bbbb-cccc',
      package: 'some-lib',
      reason: 'Only reachable through the CLI, which never parses untrusted input',
      date: '2026-11-26',
      expires: '2027-01-31',
    };
    const file = exceptionsFile([entry]);
    const current = loadExceptions(file, '2026-12-01');
    expect(judge(report('critical'), current)).toMatchObject({
      ok: true,
      phrase: 'npm audit 0 high/critical (1 excepted)',
    });
    const expired = loadExceptions(file, '2027-02-01');
    expect(judge(report('critical'), expired).ok).toBe(false);
    expect(expired.problems).toEqual(['exception GHSA-aaaa-bbbb-cccc (some-lib) expired on 2027-01-31']);
  });

  it('refuses an exception without a reason', () => {
    const file = exceptionsFile([
      { id: 'GHSA-x', package: 'some-lib', date: '2026-11-26', expires: '2027-01-01' },
    ]);
    expect(loadExceptions(file, '2026-12-01').problems).toHaveLength(1);
  });
});
