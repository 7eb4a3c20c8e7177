import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, tail } from './exec.mjs';

/** The publishable packages of the workspace: every packages/* that is not private. */
export function publishablePackages(root) {
  const dir = join(root, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const packageDir = join(dir, entry.name);
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
      } catch {
        return undefined;
      }
      return manifest.private ? undefined : { name: manifest.name, dir: packageDir, manifest };
    })
    .filter(Boolean)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Builds every package with turbo (its cache makes a second run cheap). */
export async function buildAll(root) {
  const result = await exec('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=./packages/*'], {
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' },
  });
  return { ok: result.code === 0, detail: tail(result.output) };
}

/**
 * Packs one package with pnpm (which turns `workspace:*` and `catalog:` into versions) into
 * `destination`; resolves with the tarball's path.
 */
export async function pack(pkg, destination) {
  const result = await exec('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: pkg.dir });
  if (result.code !== 0) throw new Error(`pnpm pack of ${pkg.name} failed:\n${tail(result.output)}`);
  const json = result.output.slice(result.output.indexOf('{'));
  return JSON.parse(json).filename;
}
