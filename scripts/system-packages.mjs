// Debian packages a task needs (Chromium, redis-server, stress-ng …): checked by a shell test and
// installed with apt-get when absent; without root or apt-get, the task stops and names them.
import { spawnSync } from 'node:child_process';

export function succeeds(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

export function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

/** @param {{ name: string, check: string }[]} packages */
export function ensureSystem(packages) {
  const missing = packages.filter(({ check }) => succeeds('sh', ['-c', check]) === undefined);
  if (missing.length === 0) return;
  const names = missing.map(({ name }) => name);
  const canInstall = process.getuid?.() === 0 && succeeds('sh', ['-c', 'command -v apt-get']) !== undefined;
  if (!canInstall)
    fail(
      `Missing ${names.join(', ')}. Install them (Debian: apt-get install -y ${names.join(' ')}) and run again.`,
    );
  console.log(`Installing ${names.join(', ')} with apt-get …`);
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...names],
  ])
    if (spawnSync('apt-get', args, { stdio: 'inherit' }).status !== 0) fail(`apt-get ${args[0]} failed.`);
}
