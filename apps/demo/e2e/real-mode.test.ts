import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer } from '@minimax-kit/mock/node';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { appRoot, launchChromium, openPage, startDemo, withEnv } from './harness.ts';

// A key that must never reach a browser: the test looks for it in everything the browser gets.
const key = 'sk-api-demo-canary-5f1c9a7e';
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

it('builds with MINIMAX_API_KEY set without the key anywhere in the output', async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'demo-build-'));
  cleanups.push(() => rm(outDir, { recursive: true, force: true }));
  await withEnv({ MINIMAX_API_KEY: key, MINIMAX_REGION: 'cn' }, () =>
    build({
      root: appRoot,
      configFile: `${appRoot}vite.config.ts`,
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    }),
  );
  const files = await filesUnder(outDir);
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  const contents = await Promise.all(files.map((file) => readFile(file, 'latin1')));
  // The build knows it runs in real mode …
  expect(contents.some((text) => text.includes('through the dev server'))).toBe(true);
  // … and nothing of the key, not even its distinctive tail.
  for (const [i, text] of contents.entries()) {
    expect(text.includes(key), files[i]).toBe(false);
    expect(text.includes('5f1c9a7e'), files[i]).toBe(false);
  }
});

it('in real mode the dev server adds the key on the way to MiniMax, and the browser never sees it', async () => {
  // MiniMax itself is the one thing mocked: minimax-mock on loopback accepts only this key.
  const minimax = await startMockServer({ region: 'cn', keys: [{ key, region: 'cn' }], streamIntervalMs: 5 });
  cleanups.push(() => minimax.close());
  const demo = await startDemo({ MINIMAX_API_KEY: key, MINIMAX_REGION: 'cn', MINIMAX_BASE_URL: minimax.url });
  cleanups.push(() => demo.close());
  const browser = await launchChromium();
  cleanups.push(() => browser.close());

  const seen: string[] = [];
  const { page, errors } = await openPage(browser, `${demo.url}#/playground`);
  page.on('request', (request) => seen.push(JSON.stringify(request.headers()), request.postData() ?? ''));
  page.on('response', async (response) => {
    seen.push(JSON.stringify(await response.allHeaders()));
    seen.push(await response.text().catch(() => ''));
  });
  await page.reload();
  await expect
    .poll(() => page.locator('#mode').textContent())
    .toBe('Real MiniMax (cn) through the dev server');
  await page.locator('[data-job="chat"] button').click();
  const cost = page.locator('[data-job="chat"] [data-cost]');
  await expect.poll(() => cost.textContent()).toContain('Cost CN¥');
  expect(((await page.locator('[data-chat-output]').textContent()) ?? '').length).toBeGreaterThan(20);
  // The request reached MiniMax (the mock) with the key the server added.
  expect(minimax.mock.state.log).toContainEqual(
    expect.objectContaining({ path: '/v1/chat/completions', code: 0, key }),
  );
  await page.waitForLoadState('networkidle');
  expect(seen.length).toBeGreaterThan(10);
  expect(seen.filter((text) => text.includes(key))).toEqual([]);
  expect(errors).toEqual([]);
});
