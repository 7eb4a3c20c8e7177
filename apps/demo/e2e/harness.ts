import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { createServer, type Plugin } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../../test/chromium.ts';

export const appRoot = fileURLToPath(new URL('..', import.meta.url));
const artifacts = fileURLToPath(new URL('../../../artifacts/demo/', import.meta.url));

/**
 * Runs `fn` with these environment variables set, as if the demo were started with them, and then
 * puts the environment back.
 */
export async function withEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/**
 * The demo's Vite dev server on a free loopback port, configured from `env` (e.g. MINIMAX_API_KEY),
 * with `plugins` beside its own.
 */
export async function startDemo(env: Record<string, string> = {}, plugins: Plugin[] = []) {
  const server = await withEnv({ MINIMAX_API_KEY: '', ...env }, () =>
    createServer({
      root: appRoot,
      configFile: `${appRoot}vite.config.ts`,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0 },
      plugins,
    }),
  );
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the demo server did not report its URL');
  return { url, close: () => server.close() };
}

/** Headless Chromium as CI runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A page that records every console error and uncaught exception. */
export async function openPage(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Vite transforms a page's modules on first visit; a loaded machine may take minutes, not seconds.
  page.setDefaultTimeout(120_000);
  page.setDefaultNavigationTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/** Saves a full-page screenshot as artifacts/demo/<name>.png at the repository root (gitignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });
}

/** For a test file: one offline demo server and one Chromium, shared by its tests and closed after them. */
export function demoSession() {
  const session = {} as { url: string; browser: Browser };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const demo = await startDemo();
    close = demo.close;
    session.url = demo.url;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await close?.();
  });
  return session;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What axe finds wrong on the page as it is now (the widgets' shadow roots included), as "rule: targets" lines. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
