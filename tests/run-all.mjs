// `npm test`: typecheck, lint, unit tests, both builds and the e2e suite in real Chromium.
// Every step runs even when an earlier one fails, so the summary is complete; the last line is
// `N passed, M failed` over every suite, and the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'tests/.results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (name) => join(root, 'node_modules/.bin', name);
const rows = [];

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

function check(label, cmd, args) {
  const { ok, seconds } = run(label, cmd, args);
  rows.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds });
}

function vitest(label, config, file) {
  const out = join(results, file);
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('-c', config);
  const { ok, seconds } = run(label, bin('vitest'), args);
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed = report.numPassedTests;
    failed =
      report.numFailedTests +
      (report.numTotalTests === 0 || (!ok && report.numFailedTests === 0) ? 1 : 0);
  }
  rows.push({ label, passed, failed, seconds });
}

check('typecheck', bin('tsc'), ['--noEmit']);
check('eslint', bin('eslint'), ['.']);
check('prettier', bin('prettier'), ['--check', '.']);
check('import cycles', bin('madge'), ['--circular', 'entrypoints', 'components', 'utils']);
vitest('unit tests', null, 'unit.json');
check('build chrome', bin('wxt'), ['build']);
check('build firefox', bin('wxt'), ['build', '-b', 'firefox']);
// The Chrome build is loaded last by the e2e suite: rebuild it after the Firefox build.
check('build chrome (for e2e)', bin('wxt'), ['build']);
vitest('e2e tests (Chromium)', 'tests/e2e/vitest.config.ts', 'e2e.json');

console.log('\nSummary');
for (const r of rows)
  console.log(
    `  ${r.failed ? '✗' : '✓'} ${r.label.padEnd(24)} ${String(r.passed).padStart(4)} passed, ${r.failed} failed (${r.seconds} s)`,
  );
const passed = rows.reduce((n, r) => n + r.passed, 0);
const failed = rows.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
