import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exec, tail } from './exec.mjs';
import { createProject, npmInstall, strangerEnv } from './npm-project.mjs';
import { pinned } from './pins.mjs';

/**
 * The suite's own tool project, apart from every README project so that nothing it installs can
 * stand in for a package a README forgot: TypeScript, tsx, Node's types, playwright-core, and the
 * installed `@minimax-kit/mock` behind the fetch preload.
 */
export async function installTools(dir, tarballs) {
  createProject(dir, tarballs, ['@minimax-kit/mock']);
  const install = await npmInstall(dir, pinned('typescript', 'tsx', '@types/node', 'playwright-core'));
  copyFileSync(new URL('./mock-fetch-preload.mjs', import.meta.url), join(dir, 'mock-fetch-preload.mjs'));
  const modules = join(dir, 'node_modules');
  return {
    install,
    dir,
    tsc: join(modules, 'typescript', 'bin', 'tsc'),
    typeRoots: join(modules, '@types'),
    tsxLoader: pathToFileURL(join(modules, 'tsx', 'dist', 'esm', 'index.mjs')).href,
    preload: pathToFileURL(join(dir, 'mock-fetch-preload.mjs')).href,
    playwright: join(modules, 'playwright-core', 'index.mjs'),
    mock: join(modules, '@minimax-kit', 'mock', 'dist', 'index.js'),
  };
}

const probe = `
const response = await fetch('https://api.minimaxi.com/v1/chat/completions', {
  method: 'POST',
  headers: { authorization: 'Bearer ' + process.env.MINIMAX_API_KEY, 'content-type': 'application/json' },
  body: JSON.stringify({ model: 'MiniMax-M2', messages: [{ role: 'user', content: 'hi' }] }),
});
if (response.status !== 200 || !response.headers.get('trace-id')) throw new Error('mock answered ' + response.status);
`;

/** Proves the preload answers MiniMax's hosts with the installed mock, before any snippet relies on it. */
export async function probePreload(tools) {
  const result = await exec(
    process.execPath,
    ['--import', tools.preload, '--input-type=module', '-e', probe],
    {
      cwd: tools.dir,
      env: strangerEnv({ MINIMAX_API_KEY: 'sk-api-mock' }),
      timeoutMs: 60_000,
    },
  );
  return { ok: result.code === 0, detail: tail(result.output) };
}
