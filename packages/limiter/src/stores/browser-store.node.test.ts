import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EngineBrowser, type EnginePage, launchEngine } from '../../../../test/engines/engine-page.ts';
import { selectedEngines } from '../../../../test/engines/engines.ts';

// Real pages of one origin, in each engine, share a limiter through browserStore. The page's
// `?store=` names the store, so that each test starts on a database of its own.
const entry = `
  import { browserStore, createLimiter } from ${JSON.stringify(fileURLToPath(new URL('../index.ts', import.meta.url)))};
  // A "minute" of an hour: on a busy machine the steps below may take longer than a real minute.
  const limits = { s: { rpm: 5 }, m: { conn: 1 }, h: { rpm: 1000, conn: 1 } };
  const store = browserStore({ name: new URLSearchParams(location.search).get('store') });
  const limiter = createLimiter({ limits, guardMs: 0, timeScale: 60, store });
  const leases = [];
  window.limiter = limiter;
  window.take = async (scope, conn) => { leases.push(await limiter.acquire({ scope, conn })); return leases.length; };
  window.tryTake = async (scope) => (await limiter.tryAcquire({ scope })).ok;
  window.releaseAll = async () => { for (const lease of leases.splice(0)) await lease.release(); };
  // Takes and frees the one slot of scope h n times, holding it across a timer each time.
  window.hammer = async (n) => {
    for (let i = 0; i < n; i++) {
      const lease = await limiter.acquire({ scope: 'h', conn: true });
      await new Promise((resolve) => setTimeout(resolve, 1));
      await lease.release();
    }
  };
  // Hammers once any page says go(): a driver that sets pages up one after another (WebDriver
  // classic has one current window) still has them race from the same moment.
  window.hammerOnGo = (n) => {
    const go = new BroadcastChannel('go');
    window.hammering = new Promise((resolve) => { go.onmessage = resolve; }).then(() => { go.close(); return hammer(n); });
    return true;
  };
  window.go = () => { new BroadcastChannel('go').postMessage('go'); return true; };
  window.used = async (id) => (await limiter.refresh()).dimensions[id]?.used ?? 0;
`;

let server: Server;
let url: string;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['@minimax-kit/source'],
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  server = createServer((req, res) => {
    if (req.url === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><script type="module" src="/app.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server?.close();
});

describe.each(selectedEngines())('browserStore in real %s', (engine) => {
  let browser: EngineBrowser;
  beforeAll(async () => {
    browser = await launchEngine(engine);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const ready = (page: EnginePage) =>
    expect.poll(() => page.evaluate("'limiter' in window"), { timeout: 120_000 }).toBe(true);
  const open = async (store: string) => {
    const page = await browser.newPage();
    await page.goto(`${url}?store=${store}`);
    await ready(page);
    return page;
  };
  const call = (page: EnginePage, script: string) => page.evaluate(script);

  it('shares one quota between two pages, survives a reload, and wakes the other page', async () => {
    const a = await open('two-pages');
    const b = await open('two-pages');
    expect(await call(a, "take('s')")).toBe(1);
    expect(await call(a, "take('s')")).toBe(2);
    expect(await call(a, "take('s')")).toBe(3);
    expect(await call(b, "tryTake('s')")).toBe(true);
    expect(await call(b, "tryTake('s')")).toBe(true);
    expect(await call(b, "tryTake('s')")).toBe(false); // five in the (hour-long) minute, across both pages
    await a.reload();
    await ready(a);
    expect(await call(a, "used('rpm:s')")).toBe(5);
    expect(await call(a, "tryTake('s')")).toBe(false);

    // A CONN slot held by one page is freed to a waiter in the other.
    expect(await call(a, "take('m', true)")).toBe(1);
    await call(b, "window.waiting = take('m', true); 0");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await call(b, "used('conn:m')")).toBe(1);
    await call(a, 'releaseAll()');
    expect(await call(b, 'window.waiting')).toBe(1);
    expect(await call(a, "used('conn:m')")).toBe(1);
    await Promise.all([a.close(), b.close()]);
  }, 300_000); // two pages, a reload and a browser: minutes on a busy two-core machine

  it('keeps every grant and release of three pages racing for one slot', async () => {
    // Each page has its own renderer process in Chromium (Firefox and WebKit may share one). A
    // store that read a stale copy of the state (as localStorage under a Web Lock did) would write
    // another page's grant or release out of existence: requests would go missing from the window,
    // or a freed slot stay held for the lease's ten minutes and strand every page.
    // WebKit's windows take turns under one WebDriver session: fewer rounds keep it within minutes.
    const rounds = engine === 'webkit' ? 20 : 60;
    const pages = await Promise.all([0, 1, 2].map(() => open('three-pages')));
    await Promise.all(pages.map((page) => call(page, `hammerOnGo(${rounds})`)));
    await call(pages[0] as EnginePage, 'go()');
    await Promise.all(pages.map((page) => call(page, 'window.hammering')));
    for (const page of pages) {
      expect(await call(page, "used('rpm:h')")).toBe(3 * rounds);
      expect(await call(page, "used('conn:h')")).toBe(0);
    }
    await Promise.all(pages.map((page) => page.close()));
  }, 300_000);
});
