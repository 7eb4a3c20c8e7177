import { fileURLToPath } from 'node:url';
import { webdriverio } from '@vitest/browser-webdriverio';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { launchFirefox } from './engines/puppeteer-page.ts';
import { firefoxCommands } from './firefox-commands.ts';

type ProviderOption = ReturnType<typeof webdriverio>;
type Project = Parameters<ProviderOption['providerFactory']>[0];

/**
 * Firefox ESR through Puppeteer over WebDriver BiDi (see engines/puppeteer-page.ts for why that
 * driver). The provider calls itself "webdriverio" on purpose: Vitest's browser
 * side then sends plain CSS selectors (`>>>` marking shadow roots), sets the viewport through a
 * command and asks to enter the test frame before commands, which this class answers over BiDi.
 */
class FirefoxProvider {
  readonly name = 'webdriverio' as const;
  readonly supportsParallelism = false;
  readonly initScripts = [
    fileURLToPath(new URL('locators.js', import.meta.resolve('@vitest/browser-webdriverio'))),
  ];
  private browser: Browser | null = null;
  private closeBrowser: (() => Promise<void>) | null = null;
  private page: Page | null = null;
  private frame: Frame | null = null;

  constructor(project: Project) {
    for (const [name, command] of Object.entries(firefoxCommands))
      project.browser?.registerCommand(name as never, command as never);
  }

  getSupportedBrowsers(): readonly string[] {
    return ['firefox'];
  }

  async openPage(_sessionId: string, url: string): Promise<void> {
    if (!this.browser) {
      const { browser, close } = await launchFirefox();
      this.browser = browser;
      this.closeBrowser = close;
    }
    this.page ??= await this.browser.newPage();
    await this.page.goto(url);
    this.frame = this.page.mainFrame();
  }

  async switchToTestFrame(): Promise<void> {
    const iframe = await this.page?.$('iframe[data-vitest]');
    this.frame = (await iframe?.contentFrame()) ?? this.frame;
  }

  async switchToMainFrame(): Promise<void> {
    this.frame = this.page?.mainFrame() ?? null;
  }

  getCommandsContext(): Record<string, unknown> {
    return { page: this.page, frame: this.frame };
  }

  async close(): Promise<void> {
    const { closeBrowser } = this;
    this.browser = this.page = this.frame = this.closeBrowser = null;
    await closeBrowser?.();
  }
}

/** A Vitest browser provider for Firefox ESR over WebDriver BiDi. */
export function firefoxBidi(): ProviderOption {
  return {
    ...webdriverio(),
    supportedBrowser: ['firefox'],
    providerFactory: (project) => new FirefoxProvider(project) as never,
  };
}
