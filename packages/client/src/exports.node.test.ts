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

  it('leaves no subpath short of an error: /chat, /speech and /video export every shared error class', async () => {
    const errors = (await import('./errors/index.js')) as Record<string, unknown>;
    const classes = Object.keys(errors).filter((name) => name.endsWith('Error'));
    expect(classes).toContain('RateLimitError');
    const subpaths = {
      chat: await import('./chat/index.js'),
      speech: await import('./speech/index.js'),
      video: await import('./video/index.js'),
    };
    for (const [subpath, module] of Object.entries(subpaths) as [string, Record<string, unknown>][]) {
      for (const name of classes) expect(module[name], `${name} of /${subpath}`).toBe(entry[name]);
    }
  });

  it('exports every error the README names', () => {
    const readme = readFileSync(new URL('../README.md', src), 'utf8');
    const named = new Set(errorsOf(readme, /`(\w+Error)\b/g).filter((name) => !elsewhere.has(name)));
    expect(named).toContain('ResponseTooLargeError');
    for (const name of named) expect(typeof entry[name], name).toBe('function');
  });
});
