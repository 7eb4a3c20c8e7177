#!/usr/bin/env node
// Every changeset must parse and name only packages of this workspace, or `changeset version` fails
// at release time, long after the change that broke it.
import { readdirSync, readFileSync } from 'node:fs';
import parse from '@changesets/parse';

const root = new URL('..', import.meta.url);
const packages = new Set(
  readdirSync(new URL('packages/', root)).map(
    (dir) => JSON.parse(readFileSync(new URL(`packages/${dir}/package.json`, root), 'utf8')).name,
  ),
);
const problems = [];
const files = readdirSync(new URL('.changeset/', root)).filter(
  (file) => file.endsWith('.md') && file !== 'README.md',
);
for (const file of files) {
  try {
    const { releases, summary } = parse(readFileSync(new URL(`.changeset/${file}`, root), 'utf8'));
    if (releases.length === 0) problems.push(`${file}: names no package`);
    if (!summary.trim()) problems.push(`${file}: has no summary`);
    for (const { name } of releases)
      if (!packages.has(name)) problems.push(`${file}: ${name} is not a package here`);
  } catch (error) {
    problems.push(
      `${file}: ${error.message.split('\n')[0]} — the front matter is three dashes, "package": bump lines, three dashes`,
    );
  }
}
if (problems.length) {
  console.error(`✖ changesets:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ ${files.length} changesets parse`);
