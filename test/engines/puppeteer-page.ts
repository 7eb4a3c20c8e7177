import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { EngineBrowser, EnginePage } from './engine-page.ts';
import { elementTimeout, findElement, noElement, type Target } from './find-element.ts';

/** Debian's Firefox ESR, as CI installs it; override with FIREFOX_PATH. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Starts Firefox ESR, headless, through Puppeteer, which speaks WebDriver BiDi straight to Firefox's
 * Remote Agent: no geckodriver (Debian has none, and its npm package downloads one at install time),
 * and no Playwright build of Firefox (Playwright's BiDi mode asks for commands ESR does not have
 * yet, such as emulation.setMediaFeaturesOverride). `close` also removes the profile.
 */
export async function launchFirefox(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  // A profile of our own, so a developer's Firefox and parallel runs never share one.
  const profile = await mkdtemp(join(tmpdir(), 'minimax-kit-firefox-'));
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      userDataDir: profile,
    });
    return {
      browser,
      async close() {
        try {
          await browser.close();
        } finally {
          await rm(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new Error(
      `Firefox ESR did not start from ${firefoxPath}: install the Debian package firefox-esr.`,
      {
        cause: error,
      },
    );
  }
}

/** A Firefox page through Puppeteer. */
function firefoxPage(page: Page): EnginePage {
  const element = async (target: Target): Promise<ElementHandle<Element>> => {
    const found = await page
      .waitForFunction(findElement, { timeout: elementTimeout, polling: 100 }, target)
      .catch((error: Error) => {
        throw noElement(target, error);
      });
    return found.asElement() as ElementHandle<Element>;
  };
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (script: string | ((arg: unknown) => unknown), arg?: unknown) =>
      typeof script === 'string' ? page.evaluate(script) : page.evaluate(script, arg),
    click: async (target) => (await element(target)).click(),
    async fill(target, text) {
      const field = await element(target);
      // Select what is there so typing replaces it, as Playwright's fill does.
      await field.evaluate((el) => {
        (el as HTMLElement).focus();
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
      });
      if (text === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(text);
    },
    select: async (target, value) => void (await (await element(target)).select(value)),
    consoleErrors: () => [...errors],
    screenshot: async (path) =>
      void (await page.screenshot({ path: path as `${string}.png`, fullPage: true })),
    close: () => page.close(),
  } as EnginePage;
}

/** Firefox ESR with pages through Puppeteer: each page a window of its own, so none is hidden. */
export async function launchFirefoxPages(viewport: {
  width: number;
  height: number;
}): Promise<EngineBrowser> {
  const { browser, close } = await launchFirefox();
  return {
    engine: 'firefox',
    async newPage() {
      // A tab behind another is hidden, and Firefox runs a hidden page's timers a second apart.
      const page = await browser.newPage({ type: 'window' });
      page.setDefaultTimeout(120_000);
      page.setDefaultNavigationTimeout(180_000);
      await page.setViewport(viewport);
      return firefoxPage(page);
    },
    close,
  };
}
