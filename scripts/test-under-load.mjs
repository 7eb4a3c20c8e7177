#!/usr/bin/env node
// The whole test task, several times in a row, while CPU-bound work runs beside it: the proof that
// no test depends on how fast the machine is. Starts `stress-ng --cpu <workers>` (installed with
// apt-get when absent), runs `node scripts/run.mjs test` `runs` times, and reports each run.
//
//   node scripts/test-under-load.mjs [runs=3] [workers=2]
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureSystem, fail } from './system-packages.mjs';

const [runs = 3, workers = 2] = process.argv.slice(2).map(Number);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(workers) || workers < 1)
  fail('Usage: node scripts/test-under-load.mjs [runs ≥ 1] [stress-ng CPU workers ≥ 1]');

ensureSystem([{ name: 'stress-ng', check: 'command -v stress-ng' }]);
const root = fileURLToPath(new URL('..', import.meta.url));
const stress = spawn('stress-ng', ['--cpu', String(workers), '--quiet'], { stdio: 'ignore' });
stress.unref(); // never what keeps this script alive: it ends when the runs do, and stops stress-ng
const stop = () => stress.kill('SIGTERM');
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const results = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\n▶ run ${run} of ${runs}, beside stress-ng --cpu ${workers}`);
  const started = performance.now();
  const { status } = spawnSync(process.execPath, ['scripts/run.mjs', 'test'], {
    cwd: root,
    // Every run executes every task, instead of replaying the first run's results from turbo's cache.
    env: { ...process.env, TURBO_FORCE: 'true' },
    stdio: 'inherit',
  });
  results.push({ run, ok: status === 0, seconds: Math.round((performance.now() - started) / 1000) });
  if (status !== 0) break;
}

console.log(`\ntests beside stress-ng --cpu ${workers}:`);
for (const { run, ok, seconds } of results) console.log(`  ${ok ? '✓' : '✖'} run ${run} — ${seconds} s`);
if (results.length < runs || results.some(({ ok }) => !ok)) process.exit(1);
