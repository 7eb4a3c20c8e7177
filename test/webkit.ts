import { WebdriverBrowserProvider, webdriverio } from '@vitest/browser-webdriverio';
import { startWebKit } from './engines/webkit-session.ts';

/**
 * Debian's WebKitGTK (MiniBrowser) through WebKitWebDriver, under an Xvfb of its own (see
 * engines/webkit-session.ts). Everything else — commands, locators, frames — is Vitest's
 * WebdriverIO provider as it ships.
 */
class WebKitGtkProvider extends WebdriverBrowserProvider {
  private stopProcesses: (() => void) | undefined;

  override async openBrowser(): Promise<WebdriverIO.Browser> {
    if (this.browser) return this.browser;
    const session = await startWebKit();
    this.stopProcesses = session.stopProcesses;
    this.browser = session.browser;
    return this.browser;
  }

  override async close(): Promise<void> {
    try {
      await super.close();
    } finally {
      this.stopProcesses?.();
      this.stopProcesses = undefined;
    }
  }
}

/** A Vitest browser provider for WebKitGTK's MiniBrowser through WebKitWebDriver. */
export function webkitGtk(): ReturnType<typeof webdriverio> {
  return {
    ...webdriverio(),
    supportedBrowser: ['webkit'],
    providerFactory: (project) => new WebKitGtkProvider(project, {}),
  };
}
