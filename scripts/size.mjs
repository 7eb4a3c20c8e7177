#!/usr/bin/env node
// Measures what an import costs a browser bundle: minified and gzipped, with every dependency it
// pulls in. Fails when an entry grows past its budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// Each entry is bundled from inside its package, which resolves its own name to its sources.
const budgets = [
  {
    pkg: 'core',
    name: 'estimateCost',
    code: "export { estimateCost } from '@minimax-kit/core';",
    limit: 12 * 1024,
  },
  {
    pkg: 'client',
    name: 'createMiniMaxClient',
    code: "export { createMiniMaxClient } from '@minimax-kit/client';",
    limit: 30 * 1024,
  },
  {
    pkg: 'client',
    name: 'createSpeechClient (speech subpath)',
    code: "export { createSpeechClient } from '@minimax-kit/client/speech';",
    limit: 26 * 1024,
  },
  ...['cost-calculator', 'quota-meter', 'rate-gauge'].map((widget) => ({
    pkg: 'widgets',
    name: `<mm-${widget}> (with lit and core data)`,
    code: `import '@minimax-kit/widgets/${widget}';`,
    limit: 25 * 1024,
  })),
];

let failed = false;
for (const { pkg, name, code, limit } of budgets) {
  const result = await build({
    stdin: { contents: code, resolveDir: `packages/${pkg}`, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    conditions: ['@minimax-kit/source'],
    logLevel: 'error',
  });
  const bytes = result.outputFiles[0].contents;
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const over = gzipped > limit;
  failed ||= over;
  console.log(
    `${over ? '✖' : '✓'} @minimax-kit/${pkg} ${name}: ${(bytes.length / 1024).toFixed(1)} kB min, ${(gzipped / 1024).toFixed(2)} kB min+gz (limit ${(limit / 1024).toFixed(0)} kB)`,
  );
}
if (failed) process.exit(1);
