import { spawn } from 'node:child_process';

const maxOutput = 200_000;

/**
 * Runs a command in its own process group and resolves with its exit code and interleaved output.
 * Past `timeoutMs` the whole group is killed and `timedOut` is set: a hang is a result, not a wait.
 */
export function exec(command, args, { cwd, env = process.env, timeoutMs = 10 * 60_000, input } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    const collect = (chunk) => {
      if (output.length < maxOutput) output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.stdin.end(input);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    const finish = (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output: output.trimEnd(), timedOut, ms: Date.now() - started });
    };
    child.once('error', (error) => {
      output += `\n${command} could not start: ${error.message}`;
      finish(-1, null);
    });
    // 'close' waits for the pipes, so a grandchild that keeps them open counts as still running.
    child.once('close', finish);
  });
}

/** The last `lines` lines of an output, indented, for a failure report. */
export function tail(output, lines = 25) {
  const all = output.split('\n');
  const shown = all.slice(-lines);
  const prefix = all.length > lines ? `    … ${all.length - lines} earlier lines\n` : '';
  return prefix + shown.map((line) => `    ${line}`).join('\n');
}

/** The first `lines` lines of an output, indented (where a build prints its error first). */
export function head(output, lines = 30) {
  const all = output.split('\n');
  const suffix = all.length > lines ? `\n    … ${all.length - lines} more lines` : '';
  return (
    all
      .slice(0, lines)
      .map((line) => `    ${line}`)
      .join('\n') + suffix
  );
}
