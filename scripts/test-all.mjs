// `npm test`: lint, typecheck, build, unit tests (vitest) and end-to-end tests (Playwright),
// then one closing line "N passed, N failed" with the totals of every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const skippedReasons = [];
const flakyTests = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', shell: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = child.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  return ok;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// Gates: a failure counts once and the later suites still run, so one report shows everything.
for (const [label, args] of [
  ['lint', ['eslint', '.', '--max-warnings', '0']],
  ['typecheck (main, preload, shared)', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (renderer)', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['typecheck (tests)', ['tsc', '-p', 'tsconfig.test.json', '--noEmit']],
  ['build', ['electron-vite', 'build']],
]) {
  if (run(label, npx, args)) results.passed += 1;
  else results.failed += 1;
}

mkdirSync('test-results', { recursive: true });
rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/playwright.json', { force: true });

run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
if (existsSync('test-results/vitest.json')) {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  results.skipped += report.numPendingTests + report.numTodoTests;
} else {
  results.failed += 1;
}

run('end-to-end tests', npx, ['playwright', 'test']);
if (existsSync('test-results/playwright.json')) {
  const report = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'));
  results.passed += report.stats.expected + report.stats.flaky;
  results.failed += report.stats.unexpected;
  results.skipped += report.stats.skipped;
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'flaky') flakyTests.push(spec.title);
        if (t.status === 'skipped') {
          const reason = t.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
          skippedReasons.push(`${spec.title}: ${reason}`);
        }
      }
    }
    (suite.suites ?? []).forEach(visit);
  };
  report.suites.forEach(visit);
} else {
  results.failed += 1;
}

if (flakyTests.length > 0) {
  console.log('\nFlaky (failed, then passed on retry):');
  for (const title of flakyTests) console.log(`  - ${title}`);
}
if (skippedReasons.length > 0) {
  console.log('\nSkipped:');
  for (const line of skippedReasons) console.log(`  - ${line}`);
}
console.log(`\n${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exit(results.failed === 0 ? 0 : 1);
