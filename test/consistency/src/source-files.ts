import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** One source file: its path from the repository root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** The TypeScript sources under `dir` (from the root), without tests, fixtures or declaration files. */
export function sourceFiles(dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__fixtures__' && entry.name !== 'node_modules') walk(path);
      } else if (/\.ts$/.test(entry.name) && !/\.(test|test-d|d)\.ts$|\.[a-z]+\.test\.ts$/.test(entry.name)) {
        files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(join(root, dir));
  return files;
}

/** The code of a source without its comments, so documentation may name what code must not restate. */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}
