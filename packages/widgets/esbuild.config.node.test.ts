// The standalone files as a page without a bundler uses them: built by the package's build step,
// served by a plain static file server on loopback, loaded by <script type="module" src>, in
// Chromium, Firefox ESR and WebKitGTK (those MINIMAX_KIT_ENGINES selects).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { estimateCost, type Usage } from '@minimax-kit/core';
import { createMockMiniMax } from '@minimax-kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EngineBrowser, launchEngine } from '../../test/engines/engine-page.ts';
import { selectedEngines } from '../../test/engines/engines.ts';

const tags = ['mm-cost-calculator', 'mm-quota-meter', 'mm-rate-gauge', 'mm-spend-meter'] as const;
const files = {
  'cost-calculator': ['mm-cost-calculator'],
  'quota-meter': ['mm-quota-meter'],
  'rate-gauge': ['mm-rate-gauge'],
  'spend-meter': ['mm-spend-meter'],
  widgets: tags,
} as const;

/**
 * A page with every tag and one standalone file, as the README shows it, and a record of its errors
 * (WebDriver classic, WebKit's driver, hears no console).
 */
const pageFor = (file: string) => `<!doctype html>
<html lang="en">
  <head><title>${file}</title><link rel="icon" href="data:,">
    <script>
      window.errors = [];
      addEventListener('error', (event) => errors.push(event.message || 'failed: ' + event.target.src), true);
      addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    </script>
  </head>
  <body>
    <mm-cost-calculator region="cn" kind="text" input-tokens="1200000" output-tokens="300000"></mm-cost-calculator>
    <mm-quota-meter></mm-quota-meter>
    <mm-rate-gauge scope="text:MiniMax-M2-Stable"></mm-rate-gauge>
    <mm-spend-meter></mm-spend-meter>
    <script type="module" src="/dist/browser/${file}.js"></script>
  </body>
</html>`;

/** A static file server: pages from memory, everything else from `root`; it lists what it served. */
async function serve(root: string): Promise<{ server: Server; origin: string; served: string[] }> {
  const served: string[] = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    served.push(path);
    const page = /^\/(.+)\.html$/.exec(path)?.[1];
    try {
      const body = page ? pageFor(page) : await readFile(join(root, path));
      const type = page ? 'text/html' : 'text/javascript';
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, served };
}

/** A real `/v1/token_plan/remains` body, from the mock. */
async function remainsBody(): Promise<unknown> {
  const key = 'sk-cp-standalone'; // the mock's key is no secret
  const mock = createMockMiniMax({
    region: 'cn',
    keys: [{ key, plan: { tier: 'plus', windowRequests: 20, daily: { 'image-01': 50 } } }],
  });
  const response = await mock.fetch(
    new Request('https://api.minimaxi.com/v1/token_plan/remains', {
      headers: { authorization: `Bearer ${key}` },
    }),
  );
  return response.json();
}

let root: string;
let origin: string;
let server: Server;
let served: string[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mm-widgets-'));
  execFileSync(process.execPath, ['esbuild.config.mjs', join(root, 'dist/browser')], {
    cwd: new URL('.', import.meta.url),
  });
  ({ server, origin, served } = await serve(root));
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe.each(selectedEngines())('dist/browser standalone files, in %s', (engine) => {
  let browser: EngineBrowser;
  beforeAll(async () => {
    browser = await launchEngine(engine);
  });
  afterAll(() => browser?.close());

  for (const [file, defines] of Object.entries(files)) {
    const has = (tag: string) => (defines as readonly string[]).includes(tag);
    it(`${file}.js defines ${defines.join(', ')} and renders them, from a plain <script type="module">`, async () => {
      const page = await browser.newPage();
      served.length = 0;
      await page.goto(`${origin}/${file}.html`);
      await page.evaluate(
        (names) => Promise.all(names.map((name) => customElements.whenDefined(name))).then(() => true),
        [...defines],
      );
      expect(await page.evaluate((all) => all.filter((tag) => customElements.get(tag)), [...tags])).toEqual([
        ...defines,
      ]);
      // Self-contained: nothing is fetched but the page and the one file.
      expect(served).toEqual([`/${file}.html`, `/dist/browser/${file}.js`]);

      if (has('mm-cost-calculator')) {
        const shown = await page.evaluate(async () => {
          const el = document.querySelector('mm-cost-calculator') as HTMLElement & {
            updateComplete: Promise<boolean>;
            estimate: { state: string; usage: unknown; cost: { total: string } };
          };
          await el.updateComplete;
          const total = el.shadowRoot?.querySelector('[part="total"]')?.textContent ?? '';
          return {
            state: el.estimate.state,
            usage: el.estimate.usage,
            total: el.estimate.cost.total,
            text: total,
          };
        }, null);
        expect(shown.state).toBe('priced');
        expect(shown.total).toBe(estimateCost(shown.usage as Usage, { region: 'cn' }).total);
        expect(shown.text).toMatch(/¥\s?\d/);
      }

      if (has('mm-quota-meter')) {
        const rows = await page.evaluate(
          async (remains) => {
            const el = document.querySelector('mm-quota-meter') as HTMLElement & {
              updateComplete: Promise<boolean>;
              remains: unknown;
            };
            el.remains = remains;
            await el.updateComplete;
            return [...(el.shadowRoot?.querySelectorAll('[role="meter"]') ?? [])].map((m) =>
              m.getAttribute('aria-valuemax'),
            );
          },
          await remainsBody(),
        );
        expect(rows).toContain('20');
        expect(rows).toContain('50');
      }

      if (has('mm-rate-gauge')) {
        const text = await page.evaluate(async () => {
          const el = document.querySelector('mm-rate-gauge') as HTMLElement & {
            updateComplete: Promise<boolean>;
            snapshot: unknown;
          };
          el.snapshot = {
            dimensions: {
              'rpm:text:MiniMax-M2-Stable': { used: 3, limit: 500 },
              'tpm:text:MiniMax-M2-Stable': { used: 1200, limit: 20_000_000 },
            },
            queued: 0,
          };
          await el.updateComplete;
          return el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
        }, null);
        expect(text).toContain('3 of 500');
        expect(text).toContain('1,200 of 20,000,000');
      }

      if (has('mm-spend-meter')) {
        const text = await page.evaluate(async () => {
          const el = document.querySelector('mm-spend-meter') as HTMLElement & {
            updateComplete: Promise<boolean>;
            budgets: unknown;
          };
          el.budgets = [
            {
              id: 'day:global',
              key: 'global',
              currency: 'USD',
              amount: '10',
              spent: '2.5',
              reserved: '0.25',
              remaining: '7.25',
              per: 'day',
              calendar: false,
            },
          ];
          await el.updateComplete;
          return el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
        }, null);
        expect(text).toContain('$2.50 of $10.00');
      }
      expect([...page.consoleErrors(), ...(await page.evaluate<string[]>('window.errors'))]).toEqual([]);
      await page.close();
    });
  }
});
