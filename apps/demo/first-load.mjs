#!/usr/bin/env node
// Builds the demo and measures its first-load JavaScript: the entry and the default page (the
// calculator) with everything they import statically, minified and gzipped. Fails over the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const limit = 150 * 1024;
const root = new URL('.', import.meta.url);
const outDir = new URL('dist/', root);
await build({
  root: root.pathname,
  logLevel: 'error',
  build: { outDir: outDir.pathname, emptyOutDir: true, manifest: true },
});

const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', outDir), 'utf8'));
const chunks = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || chunks.has(chunk.file)) return;
  chunks.add(chunk.file);
  for (const next of chunk.imports ?? []) visit(next);
};
visit('index.html');
const page = Object.keys(manifest).find((key) => key.endsWith('src/pages/calculator.ts'));
if (!page) throw new Error('the calculator page is missing from the build manifest');
visit(page);

let bytes = 0;
let gzipped = 0;
for (const file of chunks) {
  const contents = readFileSync(new URL(file, outDir));
  bytes += contents.length;
  gzipped += gzipSync(contents, { level: 9 }).length;
}
const over = gzipped > limit;
console.log(
  `${over ? '✖' : '✓'} demo first load (${chunks.size} chunks): ${(bytes / 1024).toFixed(1)} kB min, ${(gzipped / 1024).toFixed(2)} kB min+gz (limit ${limit / 1024} kB)`,
);
if (over) process.exit(1);
