#!/usr/bin/env node
// Measures what an import costs a browser bundle: minified and gzipped, with every dependency it
// pulls in. Fails when an entry grows past its budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildBrowserFiles } from '../packages/widgets/esbuild.config.mjs';

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
    // +8 kB: every result's `cost` prices the call with core's price tables and request reading (issue 16).
    limit: 46 * 1024,
  },
  {
    pkg: 'client',
    name: 'createMiniMaxClient + openTelemetry',
    code: "export { createMiniMaxClient, openTelemetry } from '@minimax-kit/client';",
    // +3 kB over the client: GenAI spans and metrics, only for those who import it (issue 18).
    limit: 49 * 1024,
  },
  {
    pkg: 'client',
    name: 'createSpeechClient (speech subpath)',
    code: "export { createSpeechClient } from '@minimax-kit/client/speech';",
    // +8 kB: every result's `cost` prices the call with core's price tables and request reading (issue 16).
    limit: 40 * 1024,
  },
  {
    pkg: 'ai-sdk',
    name: 'minimaxKitMiddleware',
    code: "export { minimaxKitMiddleware } from '@minimax-kit/ai-sdk';",
    // core's request reading, prices and Token Plan rules (for the demand and the exact cost), the
    // limiter's demand and errors, and the AI SDK's error base: 16.5 kB when it was added.
    limit: 20 * 1024,
  },
];

// The standalone browser files of the widgets, exactly as `pnpm build` writes them to dist/browser/.
const browserBudgets = {
  'cost-calculator': 31 * 1024,
  'quota-meter': 14 * 1024,
  'rate-gauge': 13 * 1024,
  'spend-meter': 14 * 1024,
  widgets: 36 * 1024,
};

let failed = false;
function report(label, bytes, limit) {
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const over = gzipped > limit;
  failed ||= over;
  console.log(
    `${over ? '✖' : '✓'} ${label}: ${(bytes.length / 1024).toFixed(1)} kB min, ${(gzipped / 1024).toFixed(2)} kB min+gz (limit ${(limit / 1024).toFixed(0)} kB)`,
  );
}

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
  report(`@minimax-kit/${pkg} ${name}`, result.outputFiles[0].contents, limit);
}

const files = await buildBrowserFiles({ write: false });
for (const [name, limit] of Object.entries(browserBudgets)) {
  const file = files.find((output) => output.path.endsWith(`/${name}.js`));
  if (!file) throw new Error(`The widgets' build made no dist/browser/${name}.js; check esbuild.config.mjs.`);
  report(`@minimax-kit/widgets dist/browser/${name}.js (standalone)`, file.contents, limit);
}
if (failed) process.exit(1);
