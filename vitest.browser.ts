import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './test/chromium.ts';
import { firefoxBidi } from './test/firefox.ts';
import { webkitGtk } from './test/webkit.ts';

/** Vitest browser mode on real, headless Chromium through Playwright. */
export const chromiumBrowser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
};

/** Vitest browser mode on Debian's WebKitGTK (MiniBrowser) through WebKitWebDriver, under Xvfb. */
export const webkitBrowser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: webkitGtk(),
  instances: [{ browser: 'webkit' as const }],
};

/** Vitest browser mode on Debian's Firefox ESR through Puppeteer over WebDriver BiDi. */
export const firefoxBrowser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: firefoxBidi(),
  instances: [{ browser: 'firefox' as const }],
};
