import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorsDetail, strictOptions, typecheck } from './typecheck.mjs';

/**
 * The strict consumer: one module that re-exports every typed entry of every package, compiled
 * with `strict` and `skipLibCheck: false` under `moduleResolution` `nodenext` and `bundler`.
 * `entries` are `entryPoints()` results; the project has every package and every peer installed.
 */
export async function checkConsumerTypes({ checks, projectDir, packages, tools }) {
  const specifiers = packages.flatMap(({ entries }) =>
    entries.filter((entry) => entry.types && !entry.json).map((entry) => entry.specifier),
  );
  const source = specifiers.map((specifier, index) => `export * as entry${index} from '${specifier}';`);
  writeFileSync(join(projectDir, 'consumer.ts'), `${source.join('\n')}\n`);
  const base = {
    ...strictOptions,
    lib: ['es2023', 'dom', 'dom.iterable'],
    types: ['node'],
    typeRoots: [tools.typeRoots],
  };
  const modes = {
    nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
    bundler: { module: 'esnext', moduleResolution: 'bundler' },
  };
  for (const [mode, options] of Object.entries(modes)) {
    const result = await typecheck(
      tools.tsc,
      projectDir,
      `tsconfig.${mode}.json`,
      { compilerOptions: { ...base, ...options }, files: ['consumer.ts'] },
      ['consumer.ts'],
    );
    const errors = [...result.byFile.get('consumer.ts'), ...result.other];
    checks.record(
      'consumer types',
      `${specifiers.length} entries, strict, skipLibCheck false, moduleResolution ${mode}`,
      result.ok && errors.length === 0,
      errorsDetail(errors),
    );
  }
}
