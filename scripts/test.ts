/**
 * The one test command (`npm test`):
 *   1. static checks: TypeScript strict, lint/format, dependency rules;
 *   2. the server suite on embedded PGlite;
 *   3. the same suite on the PostgreSQL server (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres):
 *      every file that reaches the test database through its imports (the others would run the same code again);
 *   4. the web app build and the browser journeys in headless Chromium with axe.
 * Flags: --only=static,pglite,postgres,browser to run some passes; file filters after `--`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { projectRoot } from '../src/config.ts';

const root = projectRoot();
const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : undefined;
const separator = args.indexOf('--');
const filters = separator >= 0 ? args.slice(separator + 1) : [];
const wants = (pass: string) => !only || only.has(pass);

function findTests(dir: string, suffix: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...findTests(full, suffix));
    else if (suffix.test(entry)) out.push(full);
  }
  return out.sort();
}

function applyFilters(files: string[]): string[] {
  if (filters.length === 0) return files;
  return files.filter((f) => filters.some((flt) => relative(root, f).includes(flt)));
}

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
/** How long each pass took, printed at the end (the whole command must stay under 20 minutes on 2 cores). */
const timings: [string, number][] = [];
const started = Date.now();

async function timed<T>(pass: string, run: () => T | Promise<T>): Promise<T> {
  const at = Date.now();
  try {
    return await run();
  } finally {
    const seconds = (Date.now() - at) / 1000;
    timings.push([pass, seconds]);
    console.log(`${pass}: ${seconds.toFixed(1)} s`);
  }
}

async function runSuite(label: string, files: string[], env: Record<string, string>, concurrency: number) {
  if (files.length === 0) return;
  console.log(`\n=== ${label}: ${files.length} files ===`);
  Object.assign(process.env, env);
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  const stream = run({ files, concurrency, timeout: 10 * 60_000 });
  stream.on('test:pass', (event) => {
    if (event.details.type === 'suite') return;
    if (event.skip || event.todo) tally.skipped++;
    else tally.passed++;
  });
  stream.on('test:fail', (event) => {
    if (event.details.type === 'suite') return;
    tally.failed++;
    failures.push(`${label}: ${event.name} (${event.file ? relative(root, event.file) : ''})`);
  });
  await new Promise<void>((resolve, reject) => {
    const out = stream.compose(new spec());
    out.on('data', (chunk: string) => process.stdout.write(chunk));
    out.on('end', resolve);
    out.on('error', reject);
  });
  console.log(`${label}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
}

function runStatic(): void {
  const steps: [string, string[]][] = [
    ['typecheck (server)', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['typecheck (web)', ['tsc', '--noEmit', '-p', 'web/tsconfig.json']],
    ['lint and format', ['biome', 'check', '.']],
    ['dependency rules', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']],
  ];
  console.log('\n=== static checks ===');
  for (const [name, cmd] of steps) {
    const result = spawnSync('npx', ['--no-install', ...cmd], { cwd: root, stdio: 'inherit' });
    if (result.status === 0) {
      total.passed++;
      console.log(`ok - ${name}`);
    } else {
      total.failed++;
      failures.push(`static: ${name}`);
      console.log(`not ok - ${name}`);
    }
  }
}

const serverFiles = applyFilters([
  ...findTests(join(root, 'src'), /\.test\.ts$/),
  ...findTests(join(root, 'test'), /(?<!\.browser)\.test\.ts$/),
  ...findTests(join(root, 'web', 'src'), /\.test\.ts$/),
]);
const browserFiles = applyFilters(findTests(join(root, 'test'), /\.browser\.test\.ts$/));

/**
 * Whether a test file reaches the test database switch (test/helpers/database.ts, or TEST_DATABASE itself) through
 * its imports. A file that does not runs the same code on either pass, so the PostgreSQL pass leaves it to the
 * first pass instead of running it twice.
 */
const databaseHelper = join(root, 'test', 'helpers', 'database.ts');
const sources = new Map<string, string>();
function usesTestDatabase(file: string, seen = new Set<string>()): boolean {
  if (file === databaseHelper) return true;
  if (seen.has(file)) return false;
  seen.add(file);
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    sources.set(file, text);
  }
  if (text.includes('TEST_DATABASE')) return true;
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), match[1] as string);
    if (target.endsWith('.ts') && existsSync(target) && usesTestDatabase(target, seen)) return true;
  }
  return false;
}

if (wants('static') && filters.length === 0) await timed('static checks', runStatic);
if (wants('pglite'))
  await timed('PGlite', () => runSuite('PGlite', serverFiles, { TEST_DATABASE: 'pglite', NODE_ENV: 'test' }, 2));
if (wants('postgres'))
  await timed('PostgreSQL', () =>
    runSuite(
      'PostgreSQL',
      serverFiles.filter((file) => usesTestDatabase(file)),
      { TEST_DATABASE: 'postgres', NODE_ENV: 'test' },
      2,
    ),
  );
if (wants('browser') && browserFiles.length > 0) await timed('web build and browser', runBrowser);

async function runBrowser(): Promise<void> {
  console.log('\n=== web build ===');
  const build = spawnSync(
    'npx',
    ['--no-install', 'vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) {
    total.failed++;
    failures.push('web build');
  } else {
    await runSuite('Browser', browserFiles, { TEST_DATABASE: 'pglite', NODE_ENV: 'test' }, 2);
  }
}

console.log('\nTime per pass:');
for (const [pass, seconds] of timings) console.log(`  ${pass.padEnd(24)} ${seconds.toFixed(1).padStart(7)} s`);
console.log(`  ${'all'.padEnd(24)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`);

if (failures.length > 0) {
  console.log('\nFailures:');
  for (const f of failures) console.log(`  - ${f}`);
}
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 || total.passed === 0 ? 1 : 0;
