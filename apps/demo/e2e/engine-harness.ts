import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type EngineBrowser, type EnginePage, launchEngine } from '../../../test/engines/engine-page.ts';
import { type EngineName, selectedEngines } from '../../../test/engines/engines.ts';
import { startDemo } from './harness.ts';

const artifacts = fileURLToPath(new URL('../../../artifacts/demo/', import.meta.url));

/**
 * Keeps, in `window.__demoErrors`, what a page reports as an error from its first script on:
 * console.error, uncaught exceptions, unhandled rejections and elements whose resource failed to
 * load or play. WebDriver classic (WebKit's) hears no console, so this is what every engine reads.
 */
const recordErrors: Plugin = {
  name: 'e2e-record-errors',
  transformIndexHtml: () => [
    {
      tag: 'script',
      injectTo: 'head-prepend',
      children: `(() => {
        const errors = (window.__demoErrors = []);
        const log = console.error.bind(console);
        console.error = (...args) => { errors.push(args.map(String).join(' ')); log(...args); };
        addEventListener('error', (event) => errors.push(event.message || 'failed: ' + (event.target.currentSrc || event.target.src || event.target.href || event.target.tagName)), true);
        addEventListener('unhandledrejection', (event) => errors.push('unhandled: ' + event.reason));
      })();`,
    },
  ],
};

/** One engine's browser beside the demo's dev server, for the tests of a `describe`. */
export interface EngineSession {
  readonly engine: EngineName;
  readonly url: string;
  readonly browser: EngineBrowser;
}

/**
 * Declares `body`'s tests once per engine (those MINIMAX_KIT_ENGINES selects, all by default),
 * against one offline demo server for the file: each engine's first visit then finds Vite's
 * modules transformed already.
 */
export function describeInEngines(name: string, body: (session: EngineSession) => void): void {
  let demo: Awaited<ReturnType<typeof startDemo>> | undefined;
  beforeAll(async () => {
    demo = await startDemo({}, [recordErrors]);
  });
  afterAll(() => demo?.close());
  describe.each(selectedEngines())(`${name}, in %s`, (engine) => {
    let browser: EngineBrowser | undefined;
    const session: EngineSession = {
      engine,
      get url() {
        if (!demo) throw new Error('The demo server has not started.');
        return demo.url;
      },
      get browser() {
        if (!browser) throw new Error(`${engine} has not started.`);
        return browser;
      },
    };
    beforeAll(async () => {
      browser = await launchEngine(engine);
    });
    afterAll(() => browser?.close());
    body(session);
  });
}

/**
 * A new page of the session's browser on the demo's `route` (e.g. `calculator`), once the route
 * has rendered its heading: each page is a chunk of its own, loaded after the shell.
 */
export async function openDemo(session: EngineSession, route: string): Promise<EnginePage> {
  const page = await session.browser.newPage();
  await page.goto(`${session.url}#/${route}`);
  await expect.poll(() => page.evaluate("document.querySelector('main h1') !== null")).toBe(true);
  return page;
}

/** Every error the page reported, as the driver heard it and as the page recorded it. */
export async function errorsOn(page: EnginePage): Promise<string[]> {
  const recorded = await page.evaluate<string[] | null>('window.__demoErrors ?? null');
  if (recorded === null) throw new Error('The page has no error record: was it served by describeInEngines?');
  return [...page.consoleErrors(), ...recorded];
}

/** The `h1` text of the page, whitespace squashed. */
export const headingOf = (page: EnginePage) =>
  page.evaluate(() => document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? null, null);

let axeSource: Promise<string> | undefined;

/** What axe finds wrong on the page as it is now (the widgets' shadow roots included), as "rule: targets" lines. */
export async function accessibilityProblemsOn(page: EnginePage): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'")))
    await page.evaluate(`${await axeSource}\n;0`);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, null);
}

/**
 * Saves a screenshot as artifacts/demo/<name>.png at the repository root (gitignored), with the
 * engine's name after it outside Chromium, so no engine overwrites another's.
 */
export async function screenshotOf(page: EnginePage, session: EngineSession, name: string): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  const suffix = session.engine === 'chromium' ? '' : `-${session.engine}`;
  await page.screenshot(`${artifacts}${name}${suffix}.png`);
}

/** Money as the page shows it: an exact decimal string through Intl. */
export const money = (amount: string, currency: 'CNY' | 'USD') =>
  new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 20 }).format(
    amount as unknown as number,
  );
