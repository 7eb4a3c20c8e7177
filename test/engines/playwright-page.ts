import { chromium, type ElementHandle, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../chromium.ts';
import type { EngineBrowser, EnginePage } from './engine-page.ts';
import { elementTimeout, findElement, noElement, type Target } from './find-element.ts';

type Viewport = { width: number; height: number };

/** A Chromium page through Playwright. */
function chromiumPage(page: Page): EnginePage {
  const element = async (target: Target): Promise<ElementHandle<Element>> => {
    const found = await page
      .waitForFunction(findElement, target, { timeout: elementTimeout })
      .catch((error: Error) => {
        throw noElement(target, error);
      });
    return found.asElement() as ElementHandle<Element>;
  };
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (script: string | ((arg: unknown) => unknown), arg?: unknown) =>
      typeof script === 'string' ? page.evaluate(script) : page.evaluate(script, arg),
    click: async (target) => (await element(target)).click(),
    fill: async (target, text) => (await element(target)).fill(text),
    select: async (target, value) => void (await (await element(target)).selectOption(value)),
    consoleErrors: () => [...errors],
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    close: () => page.close(),
  } as EnginePage;
}

/** Debian's Chromium, headless, through Playwright (its own protocol, CDP). */
export async function launchChromium(viewport: Viewport): Promise<EngineBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport });
  return {
    engine: 'chromium',
    async newPage() {
      const page = await context.newPage();
      // Vite transforms a page's modules on first visit; a loaded machine may take minutes.
      page.setDefaultTimeout(120_000);
      page.setDefaultNavigationTimeout(180_000);
      return chromiumPage(page);
    },
    close: () => browser.close(),
  };
}
