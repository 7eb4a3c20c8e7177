import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryPoints, importInNode } from './entry-points.mjs';
import { installReadme } from './npm-project.mjs';
import { codeBlocks, installSpecs, specName } from './readme.mjs';
import { checkSnippets, scriptLanguages } from './snippets.mjs';

const widgets = '@minimax-kit/widgets';

/**
 * One package's README, as a stranger follows it: a fresh project with exactly its install lines,
 * every entry point imported in Node (the widgets' custom-element entries need a DOM and are
 * proven in Chromium instead), then its ```ts / ```js blocks. Resolves with what later steps need.
 */
export async function checkReadme({ checks, pkg, projectDir, tarballs, tools, redisUrl }) {
  const group = `${pkg.name} README`;
  const readmePath = join(pkg.dir, 'README.md');
  if (!existsSync(readmePath)) {
    checks.record(group, 'README.md exists', false, `    ${pkg.name} has no README.md`);
    return undefined;
  }
  const markdown = readFileSync(readmePath, 'utf8');
  const specs = installSpecs(markdown);
  const blocks = codeBlocks(markdown);
  checks.record(
    group,
    'an npm install line names the package',
    specs.some((spec) => specName(spec) === pkg.name),
    `    install lines name: ${specs.join(' ') || '(none)'}`,
  );
  const install = await checks.check(group, `npm install --engine-strict ${specs.join(' ')}`, () =>
    installReadme(projectDir, specs, tarballs),
  );
  const installed = join(projectDir, 'node_modules', ...pkg.name.split('/'));
  if (!install || !existsSync(installed)) {
    checks.record(group, 'entry points and snippets', false, '    not checked: the install failed');
    return { specs, blocks, entries: [], installed: false };
  }
  const { entries } = entryPoints(installed);
  const inNode = entries.filter((entry) => entry.runtime && (pkg.name !== widgets || entry.json));
  for (const result of await importInNode(projectDir, inNode)) {
    checks.record(group, `import '${result.specifier}' in Node`, result.ok, `    ${result.error ?? ''}`);
  }
  await checkSnippets({ checks, group, projectDir, blocks, tools, redisUrl });
  const skipped = blocks.filter(
    (block) => !scriptLanguages.has(block.lang) && !['tsx', 'vue', 'html'].includes(block.lang),
  );
  for (const block of skipped)
    console.log(`    (not run: \`\`\`${block.lang || 'text'} at line ${block.line})`);
  return { specs, blocks, entries, installed: true };
}
