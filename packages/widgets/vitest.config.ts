import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumBrowser, firefoxBrowser, webkitBrowser } from '../../vitest.browser.ts';
import shared from '../../vitest.shared.ts';

// Every widget test runs in real Chromium, Firefox ESR and WebKitGTK (see vitest.browser.ts at the
// root); screenshots go to the gitignored artifacts/ folder. The standalone files are built and
// served from Node, then loaded by a Chromium of their own.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['src/**/*.test.ts'],
            browser: chromiumBrowser,
          },
        },
        {
          extends: true,
          test: {
            name: 'webkit',
            include: ['src/**/*.test.ts'],
            browser: webkitBrowser,
          },
        },
        {
          extends: true,
          test: {
            name: 'firefox',
            include: ['src/**/*.test.ts'],
            browser: firefoxBrowser,
          },
        },
        {
          extends: true,
          test: {
            name: 'node',
            include: ['*.node.test.ts'],
            environment: 'node',
          },
        },
      ],
    },
  }),
);
