import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './test/chromium.ts';

/** Vitest browser mode on real, headless Chromium through Playwright. */
export const chromiumBrowser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  // Chromium's start-up on a loaded two-core machine can take far longer than the 30 s default.
  connectTimeout: 180_000,
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
  instances: [{ browser: 'chromium' as const }],
};
