import type { Target } from './clients.js';

/** The columns of the matrix: what every client is asked to do against the mock. */
export const features = [
  'generate',
  'stream',
  'tools-required',
  'tools-auto',
  'tools-streamed',
  'tool-result',
  'structured',
  'error-auth',
  'error-tool',
  'error-choice',
  'thinking',
  'usage',
] as const;

/** One column of the matrix. */
export type Feature = (typeof features)[number];

/** How a cell reaches the mock: its `fetch` as is, or through `limiter.wrap`. */
export type Mode = 'direct' | 'wrapped';

/**
 * What one client needs to reach the mock: the global platform's origin, a key the mock accepts,
 * the mock's fetch (straight or through a limiter), and a key it does not know (1004).
 */
export interface Env extends Target {
  badKey: string;
}

/** A cell: a check that throws when the client fails it, or why the client cannot do the feature. */
export type Cell = ((env: Env) => Promise<void>) | { na: string };

/** One row: a client (an SDK, its major, and the provider it is used with). */
export interface Row {
  name: string;
  cells: Record<Feature, Cell>;
}

type Outcome = '✓' | '✗';
const outcomes = new Map<string, Outcome>();
const reasons = new Map<string, string>();
const at = (row: string, feature: Feature, mode: Mode) => `${row}\u0000${feature}\u0000${mode}`;

/** Records how a run of a cell went. */
export function record(row: string, feature: Feature, mode: Mode, outcome: Outcome): void {
  outcomes.set(at(row, feature, mode), outcome);
}

/** Records that a client cannot do a feature, and why. */
export function recordNotApplicable(row: string, feature: Feature, why: string): void {
  reasons.set(`${row}\u0000${feature}`, why);
}

const short: Record<Feature, string> = {
  generate: 'gen',
  stream: 'stream',
  'tools-required': 'tool req',
  'tools-auto': 'tool auto',
  'tools-streamed': 'tool strm',
  'tool-result': 'tool res',
  structured: 'struct',
  'error-auth': 'err auth',
  'error-tool': 'err tool',
  'error-choice': 'err choice',
  thinking: 'think',
  usage: 'usage',
};

/**
 * The matrix as text: a row per client, a column per feature, each cell `direct/wrapped` (✓ passed,
 * ✗ failed, · not run) or `n/a`, then the reason of every n/a.
 */
export function formatMatrix(rows: readonly Row[]): string {
  const header = ['client', ...features.map((feature) => short[feature])];
  const notes: string[] = [];
  const body = rows.map((row) => [
    row.name,
    ...features.map((feature) => {
      const why = reasons.get(`${row.name}\u0000${feature}`);
      if (why) {
        notes.push(`  ${row.name} · ${feature}: n/a — ${why}`);
        return 'n/a';
      }
      const direct = outcomes.get(at(row.name, feature, 'direct')) ?? '·';
      const wrapped = outcomes.get(at(row.name, feature, 'wrapped')) ?? '·';
      return `${direct}/${wrapped}`;
    }),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((line) => (line[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' │ ');
  return [
    'SDK compatibility (each cell: direct / through limiter.wrap)',
    line(header),
    widths.map((width) => '─'.repeat(width)).join('─┼─'),
    ...body.map(line),
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}
