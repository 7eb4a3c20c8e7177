import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

// What marks a failure in vitest's, turbo's and the consumer suite's output, colours removed.
// A vitest failure line starts (after turbo's `package:task:` prefix) with × or FAIL.
const failure =
  /^(\S+:)?\s*(×|✖|FAIL)\s|Test timed out|AssertionError|ERR_PNPM|ELIFECYCLE|\bfailed\b.*\(\d+\)/;
const kept = 40;

/**
 * Runs `program` with its output passed through as it comes, and resolves with its exit status and
 * the lines that reported a failure (at most 40, in order), so a summary at the very end can name
 * them: a long log's tail may be all that a reader of a CI run sees.
 */
export function runStep(program, args, options) {
  return new Promise((resolve) => {
    const failures = [];
    const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const scan = (out) => {
      let rest = '';
      return (chunk) => {
        out.write(chunk);
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          const plain = stripVTControlCharacters(line).trimEnd();
          if (failure.test(plain) && failures.length < kept && !failures.includes(plain))
            failures.push(plain);
        }
      };
    };
    child.stdout.on('data', scan(process.stdout));
    child.stderr.on('data', scan(process.stderr));
    child.on('error', (error) =>
      resolve({ status: 1, failures: [`could not start ${program}: ${error.message}`] }),
    );
    child.on('close', (status) => resolve({ status, failures }));
  });
}
