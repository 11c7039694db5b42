// `npm test`: the whole suite, in order — lint and types, build, unit, integration on the
// embedded PostgreSQL (and on an external one when TEST_DATABASE_URL is set), the real-process
// tests, and the browser journeys. Ends with one line: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const external = process.env.TEST_DATABASE_URL;
const stages = [
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'unit', vitest: 'unit' },
  { name: 'int-embedded', vitest: 'int', env: { TEST_DB: 'embedded' } },
  ...(external ? [{ name: 'int-external', vitest: 'int', env: { TEST_DB: 'external' } }] : []),
  { name: 'process', vitest: 'process' },
  { name: 'e2e', vitest: 'e2e' },
];

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

for (const stage of stages) {
  console.log(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const ok = stage.vitest ? runVitest(stage) : run(stage.command, stage.env);
  if (!stage.vitest && !ok) totals.failed += 1;
  summary.push(
    `${stage.name.padEnd(14)} ${ok ? 'ok    ' : 'FAILED'} ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!ok && (stage.name === 'lint' || stage.name === 'build')) break;
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

function run(command, env = {}) {
  const result = spawnSync(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function runVitest(stage) {
  const report = `test-results/${stage.name}.json`;
  const ok = run(
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
