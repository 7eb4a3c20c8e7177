#!/usr/bin/env node
// Runs a task of the repository on a fresh machine with only Node and npm: it brings the Node
// versions the task runs on, pnpm, the dependencies and the system tools, then hands over to turbo.
//
//   node scripts/run.mjs start   the demo, on this Node or, when it is older, on the supported floor
//   node scripts/run.mjs test    on the floor of `engines.node`: typecheck, lint, every package's
//                                tests (browser tests in Chromium, Firefox ESR and WebKitGTK),
//                                package and size checks; the tests again on the current LTS, in
//                                Chromium; the release dry run; the consumer suite
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBinary } from './node-binary.mjs';
import { runStep } from './run-step.mjs';
import { ensureSystem, fail, succeeds } from './system-packages.mjs';

// Node's Active LTS line (its binaries report process.release.lts 'Krypton'); move it along when
// the next even line is promoted to LTS.
const ltsLine = '24';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '');
const floor = manifest.engines.node.replace(/^>=\s*/, '');
const cache = join(root, '.cache', 'node');

const tasks = {
  start: {
    system: [],
    node: 'floor-if-older',
    steps: [{ title: 'the demo', pnpm: ['--filter', '@minimax-kit/demo', 'dev'] }],
  },
  test: {
    system: [
      { name: 'chromium', check: 'command -v chromium' },
      // Firefox ESR and WebKitGTK for the browser tests beside Chromium; WebKitGTK has no headless
      // mode, so its provider runs it under an Xvfb of its own.
      { name: 'firefox-esr', check: 'command -v firefox-esr' },
      { name: 'webkit2gtk-driver', check: 'command -v WebKitWebDriver' },
      { name: 'xvfb', check: 'command -v Xvfb' },
      // H.264, for the demo's video clip: WebKitGTK plays it through GStreamer's libav plugin, and
      // Firefox through the libavcodec that plugin brings (both only recommend it).
      { name: 'gstreamer1.0-libav', check: 'ls /usr/lib/*/gstreamer-1.0/libgstlibav.so' },
      { name: 'redis-server', check: 'command -v redis-server' },
      // Chinese glyphs, so that zh-CN screenshots of the widgets and the demo read as Chinese
      { name: 'fonts-wqy-zenhei', check: 'fc-list :lang=zh | grep -q .' },
    ],
    node: 'floor',
    steps: [
      {
        title: 'typecheck, lint, tests, package and size checks',
        // Every engine, whatever the caller's environment narrows: a browser missing here fails.
        env: { MINIMAX_KIT_ENGINES: 'chromium,firefox,webkit' },
        pnpm: ['exec', 'turbo', 'run', 'typecheck', 'lint', 'test', 'check:package', 'size', '--continue'],
      },
      // --force: turbo's cache does not know the Node version, and would replay the floor's results.
      // Chromium only: the browsers do not change with Node, and the floor's pass ran every engine.
      {
        title: 'every package test, in Chromium',
        node: ltsLine,
        env: { MINIMAX_KIT_ENGINES: 'chromium' },
        pnpm: ['exec', 'turbo', 'run', 'test', '--force', '--continue'],
      },
      { title: 'changeset version and pnpm publish --dry-run', pnpm: ['run', 'release:check'] },
      { title: 'the packed packages as a stranger installs them', script: 'test/consumer/run.mjs' },
    ],
  },
};

/**
 * The folder to put first on PATH for the pinned pnpm: none when the installed pnpm is that version,
 * otherwise `.cache/pnpm/<version>`, installed from npm when absent.
 */
function pnpmFolder() {
  if (succeeds('pnpm', ['--version'], { cwd: root }) === pnpmVersion) return undefined;
  const prefix = join(root, '.cache', 'pnpm', pnpmVersion);
  const bin = join(prefix, 'node_modules', '.bin');
  if (!existsSync(join(bin, 'pnpm'))) {
    console.log(`Installing pnpm ${pnpmVersion} from the npm registry into ${prefix} …`);
    const args = ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund'];
    if (spawnSync('npm', [...args, `pnpm@${pnpmVersion}`], { stdio: 'inherit' }).status !== 0)
      fail(
        `Could not install pnpm ${pnpmVersion}; install it (npm install -g pnpm@${pnpmVersion}) and run again.`,
      );
  }
  return bin;
}

/**
 * An environment whose `node` (and so pnpm, turbo and every tool they start) is `bin`, with a
 * step's own variables.
 */
function environmentFor(bin, pnpm, env = {}) {
  return {
    ...process.env,
    ...env,
    PATH: [dirname(bin), pnpm, process.env.PATH].filter(Boolean).join(delimiter),
    NODE: bin,
    npm_node_execpath: bin,
    TURBO_TELEMETRY_DISABLED: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
    DO_NOT_TRACK: '1',
  };
}

const atLeast = (version, minimum) => {
  const [a, b] = [version, minimum].map((v) => v.replace(/^v/, '').split('.').map(Number));
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || 0;
};

/** The Node a step runs on: `spec` is 'floor', 'floor-if-older' or a release line such as '24'. */
function nodeFor(spec) {
  if (spec === 'floor-if-older' && atLeast(process.version, floor) >= 0)
    return { version: process.version.slice(1), bin: process.execPath };
  try {
    const { version, bin } = nodeBinary(spec.startsWith('floor') ? floor : spec, cache);
    return { version, bin };
  } catch (error) {
    return fail(error.message);
  }
}

function describe({ version, bin }) {
  const lts = succeeds(bin, ['-p', 'process.release.lts ?? ""']);
  return `Node ${version}${lts ? ` (LTS ${lts})` : ''}`;
}

const name = process.argv[2];
const task = tasks[name];
if (!task) fail(`Unknown task "${name}". Use one of: ${Object.keys(tasks).join(', ')}.`);

ensureSystem(task.system);
const pnpm = pnpmFolder();
const main = nodeFor(task.node);
console.log(`▶ pnpm install on ${describe(main)}`);
const install = ['install', '--frozen-lockfile', '--prefer-offline'];
const installed = spawnSync('pnpm', install, {
  stdio: 'inherit',
  cwd: root,
  env: environmentFor(main.bin, pnpm),
});
if (installed.status !== 0)
  fail(installed.error ? `pnpm could not start: ${installed.error.message}` : 'pnpm install failed.');

const results = [];
for (const step of task.steps) {
  const node = step.node ? nodeFor(step.node) : main;
  const [program, ...args] = step.script ? [node.bin, step.script] : ['pnpm', ...step.pnpm];
  console.log(`\n▶ ${step.title} on ${describe(node)}`);
  const started = performance.now();
  const { status, failures } = await runStep(program, args, {
    cwd: root,
    env: environmentFor(node.bin, pnpm, step.env),
  });
  results.push({
    ...step,
    node,
    failures,
    ok: status === 0,
    seconds: ((performance.now() - started) / 1000).toFixed(0),
  });
}

if (results.length > 1) {
  console.log(`\n${name}:`);
  for (const { title, node, ok, seconds, failures } of results) {
    console.log(`  ${ok ? '✓' : '✖'} ${title} — Node ${node.version}, ${seconds} s`);
    if (!ok) for (const line of failures) console.log(`      ${line}`);
  }
}
if (results.some(({ ok }) => !ok)) process.exit(1);
