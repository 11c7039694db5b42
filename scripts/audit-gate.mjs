// The npm audit gate (issue 13): `npm audit --omit=dev` must find no high or critical advisory
// in what a clinic installs, unless the advisory is listed in audit-exceptions.json with a reason,
// the date it was accepted and an expiry. Run alone with `node scripts/audit-gate.mjs`.
//
// When the advisory service cannot be reached (an offline machine, a registry mirror that does
// not serve the audit endpoint) the gate cannot know: it says so as a failed battery figure,
// "npm audit: advisory service unreachable", but does not fail the run — failing every offline
// run would teach people to ignore the gate, and passing would be a lie.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const gating = new Set(['high', 'critical']);

/** The exceptions file: `[{ id, package, reason, date, expires }]`; an expired one no longer counts. */
export function loadExceptions(file, today) {
  if (!existsSync(file)) return { active: [], problems: [] };
  const entries = JSON.parse(readFileSync(file, 'utf8'));
  const problems = [];
  const active = [];
  for (const entry of entries) {
    const complete = ['id', 'package', 'reason', 'date', 'expires'].every(
      (field) => typeof entry[field] === 'string' && entry[field].trim() !== '',
    );
    if (!complete)
      problems.push(`exception ${JSON.stringify(entry)} needs id, package, reason, date, expires`);
    else if (entry.expires < today)
      problems.push(`exception ${entry.id} (${entry.package}) expired on ${entry.expires}`);
    else active.push(entry);
  }
  return { active, problems };
}

/**
 * The high and critical advisories in an `npm audit --json` report, each as its package and the
 * advisory's id (GHSA id or URL), or null when the report is an error rather than an audit.
 */
export function gatingAdvisories(report) {
  if (!report || typeof report !== 'object' || !report.vulnerabilities) return null;
  const found = [];
  for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      // A `via` that is a string names another vulnerable package; that package is listed itself.
      if (typeof via !== 'object' || !gating.has(via.severity)) continue;
      found.push({ package: name, id: advisoryId(via), severity: via.severity, title: via.title ?? '' });
    }
  }
  return found;
}

const advisoryId = (via) => /GHSA-[\w-]+/.exec(via.url ?? '')?.[0] ?? String(via.source ?? via.url);

/** The verdict: `ok` fails the run, `phrase` is the battery figure. */
export function judge(report, exceptions) {
  const advisories = gatingAdvisories(report);
  if (advisories === null)
    return { ok: true, checked: false, phrase: 'npm audit: advisory service unreachable' };
  const excepted = (a) => exceptions.active.some((e) => e.id === a.id && e.package === a.package);
  const open = advisories.filter((a) => !excepted(a));
  const lines = [...open.map((a) => `${a.severity} ${a.package} ${a.id} ${a.title}`), ...exceptions.problems];
  const ok = lines.length === 0;
  const waived = advisories.length - open.length;
  const phrase = ok
    ? `npm audit 0 high/critical${waived > 0 ? ` (${waived} excepted)` : ''}`
    : `npm audit ${open.length} high/critical`;
  return { ok, checked: true, phrase, lines };
}

function runAudit() {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' });
  try {
    return JSON.parse(result.stdout);
  } catch {
    return null;
  }
}

function recordFigure(phrase, ok) {
  const dir = path.join(root, 'test-results', 'battery');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'npm-audit.json'), `${JSON.stringify({ phrase, ok })}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const today = new Date().toISOString().slice(0, 10);
  const exceptions = loadExceptions(path.join(root, 'audit-exceptions.json'), today);
  const verdict = judge(runAudit(), exceptions);
  recordFigure(verdict.phrase, verdict.ok && verdict.checked);
  console.log(verdict.phrase);
  for (const line of verdict.lines ?? []) console.log(`  ${line}`);
  process.exit(verdict.ok ? 0 : 1);
}
