import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium through the tool project's playwright-core. */
export async function launchChromium(tools) {
  const { chromium } = await import(pathToFileURL(tools.playwright).href);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

const renderBound = 20_000;

/**
 * Opens `url` and checks that every tag in `tags` is a defined custom element and that each of its
 * instances on the page renders content in its shadow root. Requests leave only for loopback;
 * `cdn(url)` may answer others with a local file path (a CDN URL mapped to an installed file).
 * Page errors and requests that tried to leave the machine fail the check.
 */
export async function checkPage(browser, url, tags, { cdn = () => undefined } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A failed load is reported below with its URL; Chromium's own line for it names none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.hostname === '127.0.0.1') return route.continue();
    const file = cdn(target.href);
    if (file && existsSync(file)) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
    }
    problems.push(
      file
        ? `${target.href} maps to ${file}, which the installed package lacks`
        : `blocked: ${target.href} (no network)`,
    );
    return route.abort('blockedbyclient');
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: renderBound });
    const state = () =>
      page.evaluate(
        (names) =>
          names.map((tag) => {
            const nodes = [...document.querySelectorAll(tag)];
            const rendered = nodes.filter((node) => {
              const root = node.shadowRoot;
              return root && (root.textContent.trim() !== '' || root.querySelector('*:not(style)'));
            });
            return {
              tag,
              defined: !!customElements.get(tag),
              count: nodes.length,
              rendered: rendered.length,
            };
          }),
        tags,
      );
    const done = (rows) => rows.every((row) => row.defined && row.count > 0 && row.rendered === row.count);
    const deadline = Date.now() + renderBound;
    let rows = await state();
    while (!done(rows) && Date.now() < deadline && problems.length === 0) {
      await page.waitForTimeout(100);
      rows = await state();
    }
    for (const row of rows) {
      if (!row.defined) problems.push(`<${row.tag}> is not defined`);
      else if (row.count === 0) problems.push(`<${row.tag}> is not on the page`);
      else if (row.rendered < row.count) problems.push(`<${row.tag}> rendered nothing in its shadow root`);
    }
  } catch (error) {
    problems.push(String(error?.message ?? error));
  } finally {
    await context.close();
  }
  return { ok: problems.length === 0, detail: problems.map((problem) => `    ${problem}`).join('\n') };
}
