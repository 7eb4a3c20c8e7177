import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec, tail } from './exec.mjs';
import { strangerEnv } from './npm-project.mjs';

/**
 * The AI SDK middleware as an application uses it, in its README project (the installed tarballs,
 * `ai` and `@ai-sdk/minimax` from the registry), against the mock: generate and stream settle the
 * limiter to the reported usage and the budget to the reported costs, a budget refusal is a
 * `MiniMaxBudgetError` before anything is sent, and a provider given `limiter.wrap(fetch)` is refused.
 */
export async function checkAiSdk({ checks, readme, tools }) {
  const group = '@minimax-kit/ai-sdk';
  const name = 'generate, stream, a budget refusal and a double limit against the mock';
  if (!readme.installed) {
    checks.record(group, name, false, '    not checked: the README install failed');
    return;
  }
  copyFileSync(new URL('./ai-sdk-run.mjs', import.meta.url), join(readme.projectDir, 'ai-sdk-run.mjs'));
  const run = await exec(process.execPath, ['--import', tools.preload, 'ai-sdk-run.mjs'], {
    cwd: readme.projectDir,
    env: strangerEnv({ MINIMAX_API_KEY: 'sk-api-mock' }),
    timeoutMs: 60_000,
  });
  checks.record(
    group,
    name,
    run.code === 0 && !run.timedOut,
    `    exited with ${run.code}:\n${tail(run.output)}`,
    run.ms,
  );
}
