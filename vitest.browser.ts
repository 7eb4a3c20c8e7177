import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './test/chromium.ts';
import { type EngineName, selectedEngines } from './test/engines/engines.ts';
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

const browsers: Record<EngineName, typeof chromiumBrowser | typeof webkitBrowser | typeof firefoxBrowser> = {
  chromium: chromiumBrowser,
  firefox: firefoxBrowser,
  webkit: webkitBrowser,
};

/**
 * One Vitest project per engine that runs `include` in it, named after the engine: every engine
 * unless MINIMAX_KIT_ENGINES narrows them (see test/engines/engines.ts).
 */
export function browserProjects(include: string[]) {
  return selectedEngines().map((engine) => ({
    extends: true as const,
    test: { name: engine, include, browser: browsers[engine] },
  }));
}
