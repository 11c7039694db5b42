// `npm test`: the whole suite, in order — lint and types, build, unit, integration on the
// embedded PostgreSQL (and on an external one when TEST_DATABASE_URL is set), the real-process
// tests, and the browser journeys. Ends with two lines: the battery's figures (crash loop, racing
// bookings, fuzzing, restore — each test leaves a phrase in test-results/battery/) and
// `N passed, N failed, N skipped`.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const external = process.env.TEST_DATABASE_URL;
const stages = [
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  // Fails on high/critical advisories; when the advisory service is unreachable it only says so.
  { name: 'audit', command: ['node', 'scripts/audit-gate.mjs'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'unit', vitest: 'unit' },
  { name: 'int-embedded', vitest: 'int', env: { TEST_DB: 'embedded' } },
  ...(external ? [{ name: 'int-external', vitest: 'int', env: { TEST_DB: 'external' } }] : []),
  { name: 'process', vitest: 'process' },
  { name: 'e2e', vitest: 'e2e' },
];

// The battery line reads in this order; other figures (fuzzing, headers …) come first, by name.
const figureOrder = [
  'crash-loop',
  'crash-loop-external',
  'outbox-kill',
  'outbox-kill-external',
  'booking-race-embedded',
  'booking-race-external',
  'audit-chain',
  'restore',
];
const figureRank = (key) => (figureOrder.includes(key) ? figureOrder.indexOf(key) : -1);

mkdirSync('test-results', { recursive: true });
// Figures from an earlier run must not stand in for tests that did not run this time.
rmSync('test-results/battery', { recursive: true, force: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
// What went wrong, repeated just above the summary so a log's last lines say which test failed.
const failures = [];

for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const ok = stage.vitest ? await runVitest(stage) : await runCommand(stage);
  summary.push(
    `${stage.name.padEnd(14)} ${ok ? 'ok    ' : 'FAILED'} ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!ok && (stage.name === 'lint' || stage.name === 'build')) break;
}

if (failures.length > 0) console.log(`\n=== what failed ===\n${failures.join('\n')}`);
console.log(`\n${summary.join('\n')}\n`);
console.log(batteryLine());
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

/** `battery: 12480 bad inputs 0 5xx · 40 kills 0 lost · …`; a figure whose check failed says so. */
function batteryLine() {
  let keys = [];
  try {
    keys = readdirSync('test-results/battery')
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length));
  } catch {
    return 'battery: no figures recorded';
  }
  keys.sort((a, b) => figureRank(a) - figureRank(b) || a.localeCompare(b));
  const phrases = keys.map((key) => {
    try {
      const figure = JSON.parse(readFileSync(`test-results/battery/${key}.json`, 'utf8'));
      return figure.ok === true ? figure.phrase : `FAILED ${figure.phrase}`;
    } catch {
      return `FAILED ${key} (unreadable)`;
    }
  });
  return `battery: ${phrases.length > 0 ? phrases.join(' · ') : 'no figures recorded'}`;
}

async function runCommand(stage) {
  const { ok, output } = await run(stage.command, stage.env);
  if (!ok) {
    totals.failed += 1;
    failures.push(failureExcerpt(stage.name, output));
  }
  return ok;
}

/** Runs a command with its output passed through, and kept for the failure excerpt. */
function run(command, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let output = '';
    const keep = (stream, sink) =>
      stream.on('data', (chunk) => {
        sink.write(chunk);
        output = (output + chunk.toString()).slice(-2_000_000);
      });
    keep(child.stdout, process.stdout);
    keep(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** Vitest's own sections on failed tests and errors outside tests, without colours. */
function failureExcerpt(stageName, output) {
  const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  const start = plain.search(/⎯+ (Failed Tests|Unhandled Errors|Failed Suites)/);
  const end = plain.search(/\n\s*Test Files /);
  if (start < 0) return `[${stageName}] ${plain.slice(-3000)}`;
  const lines = plain.slice(start, end > start ? end : undefined).split('\n');
  return `[${stageName}]\n${lines.slice(0, 150).join('\n')}`;
}

async function runVitest(stage) {
  const report = `test-results/${stage.name}.json`;
  const { ok, output } = await run(
    [
      'npx',
      'vitest',
      'run',
      '--project',
      stage.vitest,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    stage.env,
  );
  if (!ok) failures.push(failureExcerpt(stage.name, output));
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests;
    totals.skipped += results.numPendingTests + results.numTodoTests;
    // A crash outside any test (setup, teardown, no tests) still fails the run.
    if (!ok && results.numFailedTests === 0) totals.failed += 1;
  } catch {
    totals.failed += 1;
  }
  return ok;
}
