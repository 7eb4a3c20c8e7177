import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { exec, tail } from './exec.mjs';
import { strangerEnv } from './npm-project.mjs';

const notRuntime = new Set(['types', '@minimax-kit/source']);

/** The file the first runtime condition (`import`, `default` …) of a condition tree leads to. */
function runtimeTarget(value) {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [condition, next] of Object.entries(value)) {
    const found = notRuntime.has(condition) ? undefined : runtimeTarget(next);
    if (found) return found;
  }
  return undefined;
}

/** The file a `types` condition, at any depth, leads to. */
function typesTarget(value) {
  if (value === null || typeof value !== 'object') return undefined;
  for (const [condition, next] of Object.entries(value)) {
    const found = condition === 'types' ? runtimeTarget(next) : typesTarget(next);
    if (found) return found;
  }
  return undefined;
}

/** The subpaths a `./dir/*` pattern stands for, from the files its target matches. */
function expand(packageDir, key, file) {
  const [before, after] = file.split('*');
  const dir = join(packageDir, posix.dirname(`${before}x`));
  if (!existsSync(dir)) return [];
  const stem = posix.basename(`${before}x`).slice(0, -1);
  return readdirSync(dir)
    .filter((name) => name.startsWith(stem) && name.endsWith(after))
    .map((name) => key.replace('*', name.slice(stem.length, name.length - after.length)));
}

/**
 * Every entry point of an installed package: `{ specifier, runtime, json, types }`, where `runtime`
 * says a runtime condition leads somewhere (a types-only entry cannot be imported), `json` that it
 * is a JSON file, and `types` that a `types` condition exists.
 */
export function entryPoints(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const exports =
    typeof manifest.exports === 'string' || manifest.exports?.['.'] === undefined
      ? { '.': manifest.exports ?? manifest.main ?? './index.js' }
      : manifest.exports;
  const entries = [];
  for (const [key, value] of Object.entries(exports)) {
    const runtime = runtimeTarget(value);
    const types = typesTarget(value);
    const keys = key.includes('*') ? expand(packageDir, key, runtime ?? types ?? '') : [key];
    for (const subpath of keys) {
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      entries.push({
        specifier,
        runtime: runtime !== undefined,
        json: /\.json$/.test(runtime ?? ''),
        types: !!types,
      });
    }
  }
  return { name: manifest.name, version: manifest.version, entries };
}

/**
 * Imports each specifier in Node from inside the project, as its own code would; resolves with
 * `{ specifier, ok, error }` per specifier (JSON with `with { type: 'json' }`).
 */
export async function importInNode(projectDir, entries) {
  const script = join(projectDir, 'consumer-imports.mjs');
  writeFileSync(
    script,
    `const entries = ${JSON.stringify(entries.map(({ specifier, json }) => ({ specifier, json })))};
for (const { specifier, json } of entries) {
  try {
    await import(specifier, json ? { with: { type: 'json' } } : undefined);
    console.log(JSON.stringify({ specifier, ok: true }));
  } catch (error) {
    console.log(JSON.stringify({ specifier, ok: false, error: String(error?.stack ?? error).split('\\n').slice(0, 3).join('\\n') }));
  }
}
`,
  );
  const result = await exec(process.execPath, [script], {
    cwd: projectDir,
    env: strangerEnv(),
    timeoutMs: 60_000,
  });
  const seen = new Map();
  for (const line of result.output.split('\n')) {
    if (!line.startsWith('{"specifier"')) continue;
    const parsed = JSON.parse(line);
    seen.set(parsed.specifier, parsed);
  }
  return entries.map(
    ({ specifier }) =>
      seen.get(specifier) ?? {
        specifier,
        ok: false,
        error: result.timedOut ? `did not finish within 60 s\n${tail(result.output)}` : tail(result.output),
      },
  );
}
