import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, tail } from './exec.mjs';
import { strangerEnv } from './npm-project.mjs';
import { errorsDetail, strictOptions, typecheck } from './typecheck.mjs';

export const scriptLanguages = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs']);
const runBound = 60_000;

/**
 * Checks the ```ts / ```js blocks of one README inside its installed project: each becomes its own
 * module `snippets/line-<fence line>.ts`, all are type-checked strictly (nodenext), and each one not
 * marked typecheck-only runs with tsx and the mock-fetch preload and must exit 0 by itself in 60 s.
 */
export async function checkSnippets({ checks, group, projectDir, blocks, tools, redisUrl }) {
  const scripts = blocks.filter((block) => scriptLanguages.has(block.lang));
  if (scripts.length === 0) return;
  mkdirSync(join(projectDir, 'snippets'), { recursive: true });
  const files = scripts.map((block) => {
    const file = `snippets/line-${block.line}.ts`;
    writeFileSync(join(projectDir, file), block.code);
    return file;
  });
  const tsconfig = {
    compilerOptions: {
      ...strictOptions,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      lib: ['es2023', 'dom', 'dom.iterable'],
      types: ['node'],
      typeRoots: [tools.typeRoots],
    },
    include: files,
  };
  const types = await typecheck(tools.tsc, projectDir, 'tsconfig.json', tsconfig, files);
  if (types.other.length > 0) {
    checks.record(group, 'type-check: installed declarations', false, errorsDetail(types.other));
  }
  for (const [index, block] of scripts.entries()) {
    const file = files[index];
    const errors = types.byFile.get(file);
    checks.record(
      group,
      `\`\`\`${block.lang} at line ${block.line}: type-check`,
      errors.length === 0,
      errorsDetail(errors),
    );
    if (block.typecheckOnly) {
      checks.record(
        group,
        `\`\`\`${block.lang} at line ${block.line}: run (typecheck-only: ${reason(block)})`,
        true,
      );
      continue;
    }
    const run = await exec(process.execPath, ['--import', tools.tsxLoader, '--import', tools.preload, file], {
      cwd: projectDir,
      env: strangerEnv({ MINIMAX_API_KEY: 'sk-api-mock', REDIS_URL: redisUrl }),
      timeoutMs: runBound,
    });
    const ok = run.code === 0 && !run.timedOut;
    const why = run.timedOut
      ? `    did not exit by itself within ${runBound / 1000} s (open handles?); output:`
      : `    exited with ${run.code ?? run.signal}; output:`;
    checks.record(
      group,
      `\`\`\`${block.lang} at line ${block.line}: run`,
      ok,
      `${why}\n${tail(run.output)}`,
      run.ms,
    );
  }
}

function reason(block) {
  return (
    block.marker.replace(/^<!--\s*consumer:\s*typecheck-only\s*[—–-]?\s*/, '').replace(/\s*-->$/, '') ||
    'no reason'
  );
}
