// Exact Node.js versions for CI and a fresh machine, from the only place every machine reaches: the
// npm registry, which carries Node's own binaries as `node-<platform>-<arch>` packages (the ones the
// `node` package installs). Each version is installed once into a cache folder and reused.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The registry package with this machine's Node binary, named as the `node` package names it. */
function binaryPackage() {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const arch = platform === 'win' && process.arch === 'ia32' ? 'x86' : process.arch;
  const prefix = platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node';
  return `${prefix}-${platform}-${arch}`;
}

const byVersion = (a, b) => {
  const [x, y] = [a, b].map((v) => v.replace(/^v/, '').split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

function npmRun(args) {
  return spawnSync(npm, args, { encoding: 'utf8', shell: process.platform === 'win32' });
}

/** The newest version of a release line ('24') in the registry, or the newest cached one offline. */
function resolve(spec, cache) {
  if (/^\d+\.\d+\.\d+$/.test(spec)) return spec;
  const answer = npmRun(['view', `${binaryPackage()}@${spec}`, 'version', '--json']);
  if (answer.status === 0 && answer.stdout.trim()) {
    const found = [JSON.parse(answer.stdout)].flat();
    return found
      .map((v) => v.replace(/^v/, ''))
      .sort(byVersion)
      .at(-1);
  }
  const cached = existsSync(cache) ? readdirSync(cache).filter((v) => v.startsWith(`${spec}.`)) : [];
  if (cached.length > 0) return cached.sort(byVersion).at(-1);
  throw new Error(
    `Cannot find Node ${spec} for ${process.platform}-${process.arch} in the npm registry (${binaryPackage()}): ${answer.stderr.trim().split('\n')[0]}`,
  );
}

/**
 * A Node binary of `spec` (an exact version, or a release line for its newest version): this very
 * process when it is that version, otherwise `<cache>/<version>`, installed from npm when absent.
 * @returns {{ version: string, bin: string }}
 */
export function nodeBinary(spec, cache) {
  const version = resolve(spec, cache);
  if (process.version === `v${version}`) return { version, bin: process.execPath };
  const name = binaryPackage();
  const dir = join(cache, version);
  const manifest = join(dir, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) {
    console.log(`Installing Node ${version} from the npm registry (${name}) into ${dir} …`);
    const installed = npmRun([
      'install',
      '--prefix',
      dir,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `${name}@${version}`,
    ]);
    if (installed.status !== 0)
      throw new Error(
        `Could not install Node ${version} (${name}@${version}): ${installed.stderr.trim().split('\n').at(-1)}. Install Node ${version} yourself and run again with it.`,
      );
  }
  const bin = join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.node);
  const reported = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  if (reported !== `v${version}`)
    throw new Error(
      `${bin} reports ${reported || 'nothing'} instead of v${version}; delete ${dir} and run again.`,
    );
  return { version, bin };
}
