#!/usr/bin/env node
// Runs a task of the repository on a fresh machine with only Node and npm: it brings pnpm, the
// dependencies and the system tools the task needs, then hands over to turbo.
//
//   node scripts/run.mjs start   the demo
//   node scripts/run.mjs test    typecheck, lint, every package's tests, package and size checks
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pnpmVersion = packageManager.replace(/^pnpm@/, '');
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};

const tasks = {
  start: { system: [], command: ['--filter', '@minimax-kit/demo', 'dev'] },
  test: {
    system: [
      { name: 'chromium', check: 'command -v chromium' },
      { name: 'redis-server', check: 'command -v redis-server' },
      // Chinese glyphs, so that zh-CN screenshots of the widgets and the demo read as Chinese
      { name: 'fonts-wqy-zenhei', check: 'fc-list :lang=zh | grep -q .' },
    ],
    command: ['exec', 'turbo', 'run', 'typecheck', 'lint', 'test', 'check:package', 'size', '--continue'],
  },
};

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function succeeds(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** pnpm itself: the installed one when it is the pinned version, otherwise the pinned one through npx. */
function pnpm() {
  if (succeeds('pnpm', ['--version']) === pnpmVersion) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${pnpmVersion}`];
}

/** Debian packages the task needs (Chromium, redis-server …), installed with apt-get when absent. */
function ensureSystem(packages) {
  const missing = packages.filter(({ check }) => succeeds('sh', ['-c', check]) === undefined);
  if (missing.length === 0) return;
  const names = missing.map(({ name }) => name);
  const canInstall = process.getuid?.() === 0 && succeeds('sh', ['-c', 'command -v apt-get']) !== undefined;
  if (!canInstall)
    fail(
      `Missing ${names.join(', ')}. Install them (Debian: apt-get install -y ${names.join(' ')}) and run again.`,
    );
  console.log(`Installing ${names.join(', ')} with apt-get …`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names]);
}

const name = process.argv[2];
const task = tasks[name];
if (!task) fail(`Unknown task "${name}". Use one of: ${Object.keys(tasks).join(', ')}.`);

const [command, ...prefix] = pnpm();
ensureSystem(task.system);
run(command, [...prefix, 'install', '--frozen-lockfile', '--prefer-offline']);
run(command, [...prefix, ...task.command]);
