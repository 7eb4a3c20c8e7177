import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exec, tail } from './exec.mjs';

/** Strict options every consumer type-check shares: nothing skipped, nothing emitted. */
export const strictOptions = { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022' };

/**
 * Writes `tsconfig` into `dir` and runs a compiler on it (TypeScript's `tsc`, or vue-tsc). Resolves
 * with the errors of each file of `files` (paths relative to `dir`) and `other`: errors anywhere
 * else (in an installed package's declarations, or about the configuration).
 */
export async function typecheck(compiler, dir, name, tsconfig, files) {
  writeFileSync(join(dir, name), `${JSON.stringify(tsconfig, null, 2)}\n`);
  const result = await exec(process.execPath, [compiler, '-p', name, '--pretty', 'false'], { cwd: dir });
  console.log(`    (${name}: ${files.length} file(s) type-checked in ${(result.ms / 1000).toFixed(1)} s)`);
  const byFile = new Map(files.map((file) => [file, []]));
  const other = [];
  let current = other;
  for (const line of result.output.split('\n')) {
    const match = line.match(/^(.+?)\(\d+,\d+\): error /);
    if (match) {
      const file = relative(dir, join(dir, match[1]));
      current = byFile.get(file) ?? other;
    }
    if (line.trim() !== '') current.push(line);
  }
  if (result.code !== 0 && other.length === 0 && [...byFile.values()].every((lines) => lines.length === 0)) {
    other.push(`${compiler} exited with ${result.code}:`, tail(result.output));
  }
  return { byFile, other, ok: result.code === 0 };
}

/** A failure detail from compiler error lines: each distinct error once, with how often it recurs. */
export function errorsDetail(lines) {
  const seen = new Map();
  for (const line of lines) {
    const key = line.replace(/^.*?: error /, '');
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { line, count: 1 });
  }
  return [...seen.values()]
    .slice(0, 25)
    .map(({ line, count }) => `    ${line}${count > 1 ? ` (and ${count - 1} more like it)` : ''}`)
    .join('\n');
}
