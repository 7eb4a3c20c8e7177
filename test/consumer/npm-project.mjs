import { mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { exec, tail } from './exec.mjs';
import { specName } from './readme.mjs';

/**
 * The environment of a stranger's shell: none of the `npm_config_*` / `npm_package_*` variables
 * that a package manager running this suite would pass down.
 */
export function strangerEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm|pnpm)_(config|package|lifecycle|execpath|node_execpath|command)/i.test(key)) env[key] = value;
  }
  // npm and every tool run on the Node that runs this suite, whatever `node` PATH finds first.
  const path = [dirname(process.execPath), env.PATH].filter(Boolean).join(delimiter);
  return { ...env, PATH: path, NO_UPDATE_NOTIFIER: '1', ...extra };
}

// Our scope points at a dead loopback port: anything of ours not taken from a tarball fails loudly.
const npmFlags = [
  '--engine-strict',
  '--no-audit',
  '--no-fund',
  '--prefer-offline',
  '--no-update-notifier',
  '--@minimax-kit:registry=http://127.0.0.1:9/',
];

/**
 * Creates a fresh npm project (`"type": "module"`) in `dir` whose `overrides` map every package of
 * ours to its tarball, so that nothing of ours is fetched from the registry. Those of ours that
 * `specs` names become dependencies on their tarball (npm wants an override of a direct dependency
 * to refer to it as `$name`).
 */
export function createProject(dir, tarballs, specs = []) {
  mkdirSync(dir, { recursive: true });
  const direct = new Set(specs.map(specName).filter((name) => tarballs.has(name)));
  const dependencies = Object.fromEntries([...direct].map((name) => [name, `file:${tarballs.get(name)}`]));
  const overrides = Object.fromEntries(
    [...tarballs].map(([name, file]) => [name, direct.has(name) ? `$${name}` : `file:${file}`]),
  );
  const manifest = {
    name: 'consumer',
    version: '1.0.0',
    private: true,
    type: 'module',
    dependencies,
    overrides,
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * `npm install` in the project: the dependencies `createProject` wrote (ours, as tarballs) plus the
 * given specs of anything else, from the registry.
 */
export async function npmInstall(dir, specs, { dev = false, label = specs.join(' ') } = {}) {
  const result = await exec('npm', ['install', ...(dev ? ['--save-dev'] : []), ...npmFlags, ...specs], {
    cwd: dir,
    env: strangerEnv(),
  });
  return {
    ok: result.code === 0,
    detail: `    npm install ${label}\n${tail(result.output)}`,
    output: result.output,
  };
}

/** `npm install` of a README's install specs in a fresh project. */
export function installReadme(dir, specs, tarballs) {
  createProject(dir, tarballs, specs);
  const others = specs.filter((spec) => !tarballs.has(specName(spec)));
  return npmInstall(dir, others, { label: specs.join(' ') });
}
