import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumBrowser } from '../../vitest.browser.ts';
import shared from '../../vitest.shared.ts';

// Every widget test runs in real Chromium; screenshots go to the gitignored artifacts/ folder.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts'],
      testTimeout: 20_000,
      browser: chromiumBrowser,
    },
  }),
);
