#!/usr/bin/env node
// The release, rehearsed in a temporary copy of the repository (the work tree is never touched):
// `changeset version` takes every publishable package to its next version with a CHANGELOG.md,
// `pnpm publish -r --dry-run` passes for each, each tarball carries LICENSE, README and CHANGELOG
// and no `workspace:` range, and all of them install together with `npm install --engine-strict`
// on the Node this runs on (CI runs it on the floor of `engines.node`).
//
//   pnpm release:check
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'minimax-kit-release-'));
const copy = join(scratch, 'repo');
const problems = [];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const publishable = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir, manifest: readJson(join(root, 'packages', dir, 'package.json')) }))
  .filter(({ manifest }) => !manifest.private);

/** Runs a command; its output is kept and shown only when it fails. */
function run(title, command, args, cwd, env = process.env) {
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`);
    console.error(`✖ ${title} failed (${command} ${args.join(' ')})`);
    rmSync(scratch, { recursive: true, force: true });
    process.exit(1);
  }
  console.log(`✓ ${title} (${seconds} s)`);
  return `${result.stdout}${result.stderr}`;
}

// pnpm as this script was started by (`pnpm release:check` sets npm_execpath), else the one on PATH
const pnpmEntry = process.env.npm_execpath;
const pnpm = (title, args, cwd) =>
  pnpmEntry && /\.c?js$/.test(pnpmEntry)
    ? run(title, process.execPath, [pnpmEntry, ...args], cwd)
    : run(title, 'pnpm', args, cwd);

pnpm(
  'build every package',
  ['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
  root,
);

// The files git would commit, plus each package's build output
const files = run(
  'list the files of the repository',
  'git',
  ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
  root,
)
  .split('\0')
  .filter((file) => file && existsSync(join(root, file)));
for (const file of files) {
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  cpSync(join(root, file), join(copy, file));
}
for (const { dir } of publishable)
  cpSync(join(root, 'packages', dir, 'dist'), join(copy, 'packages', dir, 'dist'), { recursive: true });
// the changesets CLI and its changelog generator, without installing anything
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'junction');
console.log(`✓ copied ${files.length} files and the packages' dist to a temporary folder`);

run(
  'changeset version',
  process.execPath,
  [join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'],
  copy,
);

const released = publishable.map(({ dir, manifest }) => {
  const next = readJson(join(copy, 'packages', dir, 'package.json')).version;
  // the first release of a package is 0.1.0; later ones only need to move forward
  if (manifest.version === '0.0.0' && next !== '0.1.0')
    problems.push(
      `${manifest.name}: changeset version gave ${next}, not 0.1.0 — add a changeset with a minor bump`,
    );
  if (manifest.version !== '0.0.0' && next === manifest.version)
    problems.push(`${manifest.name}: changeset version left it at ${next}`);
  const changelog = join(copy, 'packages', dir, 'CHANGELOG.md');
  if (!existsSync(changelog) || !readFileSync(changelog, 'utf8').includes(`## ${next}\n`))
    problems.push(`${manifest.name}: no CHANGELOG.md section "## ${next}"`);
  return { dir, name: manifest.name, version: next };
});
const left = readdirSync(join(copy, '.changeset')).filter(
  (file) => file.endsWith('.md') && file !== 'README.md',
);
if (left.length) problems.push(`changeset version left ${left.join(', ')} unconsumed`);

// pnpm reads the version a workspace: range becomes from the linked package, as an install links it
const versions = new Map(released.map(({ dir, name }) => [name, dir]));
for (const { dir } of released) {
  const manifest = readJson(join(copy, 'packages', dir, 'package.json'));
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'])
    for (const [name, range] of Object.entries(manifest[field] ?? {}))
      if (range.startsWith('workspace:') && versions.has(name)) {
        const link = join(copy, 'packages', dir, 'node_modules', name);
        mkdirSync(dirname(link), { recursive: true });
        if (!existsSync(link))
          symlinkSync(relative(dirname(link), join(copy, 'packages', versions.get(name))), link, 'junction');
      }
}

const published = pnpm('pnpm publish -r --dry-run', ['publish', '-r', '--dry-run', '--no-git-checks'], copy);
for (const { name, version } of released)
  if (!published.includes(`+ ${name}@${version}`))
    problems.push(`pnpm publish --dry-run did not publish ${name}@${version}`);

const tarballs = join(scratch, 'tarballs');
// Only the packages that ship: private workspace projects (the demo, test suites) are never packed.
pnpm(
  'pnpm pack every package',
  ['-r', '--filter=./packages/*', 'pack', '--pack-destination', tarballs],
  copy,
);
const dependencies = {};
for (const { dir, name, version } of released) {
  const tarball = join(tarballs, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
  const unpacked = join(scratch, 'unpacked', dir);
  mkdirSync(unpacked, { recursive: true });
  if (spawnSync('tar', ['-xzf', tarball, '-C', unpacked]).status !== 0)
    problems.push(`${name}: cannot unpack ${tarball}`);
  for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md'])
    if (!existsSync(join(unpacked, 'package', file))) problems.push(`${name}: the tarball has no ${file}`);
  const packed = readFileSync(join(unpacked, 'package', 'package.json'), 'utf8');
  if (packed.includes('workspace:'))
    problems.push(`${name}: the tarball's package.json still has a workspace: range`);
  dependencies[name] = `file:${tarball}`;
}
console.log('✓ read every tarball');

// Every package at once, each sibling from its tarball: npm must install them on this Node with
// --engine-strict (an engine range they or their dependencies do not meet fails here)
const consumer = join(scratch, 'consumer');
mkdirSync(consumer);
const overrides = Object.fromEntries(Object.keys(dependencies).map((name) => [name, `$${name}`]));
writeFileSync(
  join(consumer, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies, overrides }, null, 2),
);
run(
  `npm install --engine-strict of every tarball on Node ${process.version}`,
  process.platform === 'win32' ? 'npm.cmd' : 'npm',
  ['install', '--engine-strict', '--no-audit', '--no-fund'],
  consumer,
  {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, // npm runs on this Node
  },
);

rmSync(scratch, { recursive: true, force: true });
if (problems.length) {
  console.error(`✖ release check:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ ${released.map(({ name, version }) => `${name}@${version}`).join(', ')} are ready to publish`);
