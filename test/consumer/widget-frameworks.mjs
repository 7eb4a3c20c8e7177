import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorsDetail, strictOptions, typecheck } from './typecheck.mjs';

const browserOptions = {
  ...strictOptions,
  module: 'esnext',
  moduleResolution: 'bundler',
  lib: ['es2023', 'dom', 'dom.iterable'],
  types: [],
};

/** Writes blocks as files `framework/<kind>/<prefix><line>.<ext>`; returns their relative paths. */
function writeBlocks(appDir, kind, blocks, name) {
  mkdirSync(join(appDir, 'framework', kind), { recursive: true });
  return blocks.map((block) => {
    const file = `framework/${kind}/${name(block.line)}`;
    writeFileSync(join(appDir, file), block.code);
    return file;
  });
}

/** The README's ```tsx blocks, each a whole module, type-checked strictly against React 19's types. */
export async function checkTsx({ checks, group, appDir, blocks, tools }) {
  const tsx = blocks.filter((block) => block.lang === 'tsx');
  if (tsx.length === 0) return;
  const files = writeBlocks(appDir, 'tsx', tsx, (line) => `line-${line}.tsx`);
  const tsconfig = { compilerOptions: { ...browserOptions, jsx: 'react-jsx' }, include: files };
  const result = await typecheck(tools.tsc, appDir, 'tsconfig.react.json', tsconfig, files);
  if (result.other.length > 0)
    checks.record(group, 'React 19 type-check: declarations', false, errorsDetail(result.other));
  tsx.forEach((block, index) => {
    const errors = result.byFile.get(files[index]);
    checks.record(
      group,
      `\`\`\`tsx at line ${block.line}: React 19 type-check`,
      errors.length === 0,
      errorsDetail(errors),
    );
  });
}

/**
 * The README's ```vue blocks, each a whole single-file component, type-checked with vue-tsc and
 * `strictTemplates` (so an unknown tag, attribute or event is an error, as the shipped typings
 * must make them known).
 */
export async function checkVue({ checks, group, appDir, blocks }) {
  const vue = blocks.filter((block) => block.lang === 'vue');
  if (vue.length === 0) return;
  const files = writeBlocks(appDir, 'vue', vue, (line) => `Line${line}.vue`);
  const tsconfig = {
    compilerOptions: { ...browserOptions, jsx: 'preserve' },
    vueCompilerOptions: { strictTemplates: true },
    include: files,
  };
  const vueTsc = join(appDir, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js');
  const result = await typecheck(vueTsc, appDir, 'tsconfig.vue.json', tsconfig, files);
  if (result.other.length > 0)
    checks.record(group, 'vue-tsc: declarations', false, errorsDetail(result.other));
  vue.forEach((block, index) => {
    const whole = /<template[\s>]|<script[\s>]/.test(block.code);
    const errors = result.byFile.get(files[index]);
    const detail = whole
      ? errorsDetail(errors)
      : '    not a whole single-file component (no <template> or <script>): vue-tsc cannot check a fragment';
    checks.record(group, `\`\`\`vue at line ${block.line}: vue-tsc`, whole && errors.length === 0, detail);
  });
}
