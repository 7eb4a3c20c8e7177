import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const entry = (await import('./index.js')) as Record<string, unknown>;
const src = new URL('./', import.meta.url);
const errorsOf = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((match) => match[1] as string);
// Errors the README names that other packages throw.
const elsewhere = new Set(['BudgetExceededError']);

describe('the package entry', () => {
  it('exports every error class the client defines', async () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    const defined: string[] = [];
    for (const file of files) {
      const names = errorsOf(readFileSync(new URL(file, src), 'utf8'), /export class (\w+Error) extends/g);
      const module = (await import(/* @vite-ignore */ new URL(file, src).href)) as Record<string, unknown>;
      for (const name of names) {
        defined.push(name);
        expect(entry[name], `${name} of ${file}`).toBe(module[name]);
      }
    }
    expect(defined).toContain('ResponseTooLargeError');
  });

  it('exports every error the README names', () => {
    const readme = readFileSync(new URL('../README.md', src), 'utf8');
    const named = new Set(errorsOf(readme, /`(\w+Error)\b/g).filter((name) => !elsewhere.has(name)));
    expect(named).toContain('ResponseTooLargeError');
    for (const name of named) expect(typeof entry[name], name).toBe('function');
  });
});
