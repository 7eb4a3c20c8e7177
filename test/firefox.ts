import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webdriverio } from '@vitest/browser-webdriverio';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { firefoxCommands } from './firefox-commands.ts';

/** Debian's Firefox ESR, as CI installs it; override with FIREFOX_PATH. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

type ProviderOption = ReturnType<typeof webdriverio>;
type Project = Parameters<ProviderOption['providerFactory']>[0];

/**
 * Firefox ESR through Puppeteer, which speaks WebDriver BiDi straight to Firefox's Remote Agent:
 * no geckodriver (Debian has none, and its npm package downloads one at install time) and no
 * Playwright build of Firefox. The provider calls itself "webdriverio" on purpose: Vitest's browser
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
  private profile: string | null = null;
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
      // A profile of our own, so a developer's Firefox and parallel runs never share one.
      this.profile = await mkdtemp(join(tmpdir(), 'minimax-kit-firefox-'));
      this.browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        userDataDir: this.profile,
      });
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
    const { browser, profile } = this;
    this.browser = this.page = this.frame = this.profile = null;
    try {
      await browser?.close();
    } finally {
      if (profile) await rm(profile, { recursive: true, force: true });
    }
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
