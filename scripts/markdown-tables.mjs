#!/usr/bin/env node
// Every row of every table in the READMEs has as many cells as its header: a row pasted into the
// wrong table (or missing a column) renders shifted on npm and GitHub without any error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const readmes = [
  'README.md',
  ...['packages', 'apps'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, root)).map((name) => `${dir}/${name}/README.md`),
  ),
].filter((path) => existsSync(new URL(path, root)));

// Cells of a table row: split on pipes that are neither escaped nor inside `code`.
const cellsOf = (line) =>
  line
    .replace(/`[^`]*`/g, '``')
    .replace(/\\\|/g, '')
    .split('|').length - 2;

const problems = [];
for (const path of readmes) {
  let header;
  let fenced = false;
  for (const [i, line] of readFileSync(new URL(path, root), 'utf8').split('\n').entries()) {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced || !line.startsWith('|')) {
      header = undefined;
      continue;
    }
    header ??= cellsOf(line);
    const cells = cellsOf(line);
    if (cells !== header) problems.push(`${path}:${i + 1}: ${cells} cells under a header of ${header}`);
  }
}
if (problems.length) {
  console.error(`Tables whose rows do not match their header:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`✓ every table row in ${readmes.length} READMEs matches its header`);
