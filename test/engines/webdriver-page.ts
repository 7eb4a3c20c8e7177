import type { EngineBrowser, EnginePage } from './engine-page.ts';
import { elementTimeout, findElement, noElement, type Target } from './find-element.ts';
import { startWebKit } from './webkit-session.ts';

type Viewport = { width: number; height: number };

/**
 * WebKitGTK with pages over classic WebDriver, the one protocol WebKitWebDriver 2.50 serves. A
 * session has one current window, so each page is a window of its own (the New Window command)
 * and every call switches to its page's window first, one call at a time. A closed page's window
 * is blanked and kept for the next page rather than closed: after Close Window, WebdriverIO
 * switches to some other window by itself without waiting, which would race the next call's own
 * switch (and, at the end, outlive the session).
 */
export async function launchWebKitPages(viewport: Viewport): Promise<EngineBrowser> {
  const { browser, stopProcesses } = await startWebKit();
  // Loading a page on first visit through Vite, or awaiting a page's long job, may take minutes.
  await browser.setTimeouts(0, 180_000, 300_000);
  let current: string | undefined = await browser.getWindowHandle();
  const blank = [current];
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(handle: string, step: () => Promise<T>): Promise<T> => {
    const run = queue.then(async () => {
      if (current !== handle) await browser.switchToWindow(handle);
      current = handle;
      return step();
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const element = async (target: Target) => {
    for (const started = Date.now(); Date.now() - started < elementTimeout; ) {
      const found = await browser.execute(findElement, target);
      if (found) return browser.$(found as unknown as WebdriverIO.Element);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw noElement(target);
  };

  const page = (handle: string): EnginePage =>
    ({
      goto: (url: string) => inTurn(handle, () => browser.url(url)),
      reload: () => inTurn(handle, () => browser.refresh()),
      evaluate: (script: string | ((arg: unknown) => unknown), arg?: unknown) =>
        inTurn(handle, () =>
          typeof script === 'string'
            ? // Indirect eval returns a script's completion value, as Playwright's string form does.
              browser.execute(`return (0, eval)(${JSON.stringify(script)})`)
            : browser.execute(script, arg),
        ),
      click: (target: Target) => inTurn(handle, async () => (await element(target)).click()),
      fill: (target: Target, text: string) =>
        inTurn(handle, async () => {
          const field = await element(target);
          await field.clearValue();
          if (text !== '') await field.addValue(text);
        }),
      select: (target: Target, value: string) =>
        inTurn(handle, async () => {
          const select = await element(target);
          // WebDriver chooses an option by clicking it.
          await (await select.$(`option[value=${JSON.stringify(value)}]`)).click();
        }),
      consoleErrors: () => [],
      screenshot: (path: string) => inTurn(handle, async () => void (await browser.saveScreenshot(path))),
      close: () =>
        inTurn(handle, async () => {
          await browser.url('about:blank');
          blank.push(handle);
        }),
    }) as EnginePage;

  return {
    engine: 'webkit',
    async newPage() {
      const handle = blank.pop() ?? (await browser.createWindow('window')).handle;
      await inTurn(handle, () => browser.setWindowSize(viewport.width, viewport.height));
      return page(handle);
    },
    async close() {
      try {
        await queue;
        await browser.deleteSession();
      } finally {
        stopProcesses();
      }
    },
  };
}
