#!/usr/bin/env node
// The consumer suite: every publishable package, packed and installed with plain npm in fresh
// projects outside the workspace, checked exactly as its README tells a stranger to use it.
//
//   node test/consumer/run.mjs            (from the repository root; CONSUMER_KEEP=1 keeps the temp folder)
//
// Steps: build and pack → per README: install its `npm install` lines, import every entry point,
// type-check and run its snippets → a strict consumer type-check of every entry → the widgets
// built for production with Vite, Rollup and webpack and rendered in Chromium, plus the widgets
// README's TSX, Vue and HTML blocks → the AI SDK middleware with `ai` and `@ai-sdk/minimax` against
// the mock. Ends with `N passed, N failed`; exits 1 on any failure.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAiSdk } from './ai-sdk.mjs';
import { createChecks } from './checks.mjs';
import { checkConsumerTypes } from './consumer-types.mjs';
import { installReadme } from './npm-project.mjs';
import { buildAll, pack, publishablePackages } from './pack.mjs';
import { checkReadme } from './readme-project.mjs';
import { startRedis } from './redis.mjs';
import { installTools, probePreload } from './tools.mjs';
import { checkWidgets } from './widgets.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'minimax-kit-consumer-'));
const checks = createChecks();
const started = Date.now();
let redis;

/** Whether this Node is at least the floor `engines.node` of the root manifest declares (`>=x.y.z`). */
function onSupportedNode() {
  const { engines } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const floor = (engines?.node ?? '').replace(/^>=\s*/, '');
  const [a, b] = [process.versions.node, floor].map((v) => v.split('.').map(Number));
  const supported = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  return {
    ok: !floor || supported >= 0,
    detail: `    Node ${process.versions.node} is below ${floor}: npm --engine-strict refuses every package; run on Node ${floor} or later (node scripts/run.mjs test brings it)`,
  };
}

async function main() {
  console.log(`Consumer suite in ${work}`);
  const node = onSupportedNode();
  if (!checks.record('node', `Node ${process.versions.node} meets engines.node`, node.ok, node.detail))
    return;
  if (!(await checks.check('build', 'turbo run build (packages)', () => buildAll(root)))) return;
  const packages = publishablePackages(root);
  const tarballs = new Map();
  mkdirSync(join(work, 'tarballs'));
  await Promise.all(
    packages.map((pkg) =>
      checks.check('pack', pkg.name, async () => {
        tarballs.set(pkg.name, await pack(pkg, join(work, 'tarballs')));
      }),
    ),
  );
  if (tarballs.size !== packages.length) return;
  const toolsStarted = Date.now();
  const tools = await installTools(join(work, 'tools'), tarballs);
  const { ok, detail } = tools.install;
  if (
    !checks.record(
      'tools',
      'install pinned tools and @minimax-kit/mock',
      ok,
      detail,
      Date.now() - toolsStarted,
    )
  )
    return;
  await checks.check('tools', 'the fetch preload answers api.minimaxi.com with the installed mock', () =>
    probePreload(tools),
  );
  await checks.check('redis', 'start redis-server on loopback', async () => {
    redis = await startRedis();
  });

  const readmes = [];
  for (const pkg of packages) {
    const projectDir = join(work, 'readme', pkg.name.split('/').pop());
    const readme = await checkReadme({
      checks,
      pkg,
      projectDir,
      tarballs,
      tools,
      redisUrl: redis?.url ?? '',
    });
    if (readme) readmes.push({ pkg, projectDir, ...readme });
  }

  // Every package with every package the READMEs install beside them, for the strict consumer.
  const consumerDir = join(work, 'consumer');
  const union = [...new Set([...tarballs.keys(), ...readmes.flatMap((readme) => readme.specs)])];
  const consumer = await checks.check('consumer types', `npm install ${union.join(' ')}`, () =>
    installReadme(consumerDir, union, tarballs),
  );
  if (consumer) {
    const withEntries = readmes.filter((readme) => readme.installed);
    const missing = readmes.filter((readme) => !readme.installed).map((readme) => readme.pkg.name);
    if (missing.length > 0)
      console.log(`    (no entry list for ${missing.join(', ')}: their README install failed)`);
    await checkConsumerTypes({ checks, projectDir: consumerDir, packages: withEntries, tools });
  }

  const widgets = readmes.find((readme) => readme.pkg.name === '@minimax-kit/widgets');
  if (widgets) await checkWidgets({ checks, widgets, tools, work });

  const aiSdk = readmes.find((readme) => readme.pkg.name === '@minimax-kit/ai-sdk');
  if (aiSdk) await checkAiSdk({ checks, readme: aiSdk, tools });
}

try {
  await main();
} catch (error) {
  checks.record('suite', 'ran to the end', false, `    ${error?.stack ?? error}`);
} finally {
  await redis?.stop();
  if (process.env.CONSUMER_KEEP === '1') console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
const { text, failed } = checks.summary();
console.log(`\nTook ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(text);
process.exitCode = failed > 0 ? 1 : 0;
