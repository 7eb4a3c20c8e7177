import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumBrowser, firefoxBrowser, webkitBrowser } from '../../vitest.browser.ts';
import shared from '../../vitest.shared.ts';

// The same suite in Node and in the edge runtime; a smoke test in real Chromium, Firefox and WebKit.
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'node', include: ['src/**/*.test.ts'], exclude: ['src/**/*.browser.test.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'edge',
            environment: 'edge-runtime',
            include: ['src/**/*.test.ts'],
            exclude: ['src/**/*.browser.test.ts', 'src/**/*.node.test.ts'],
          },
        },
        {
          extends: true,
          test: { name: 'browser', include: ['src/**/*.browser.test.ts'], browser: chromiumBrowser },
        },
        {
          extends: true,
          test: { name: 'firefox', include: ['src/**/*.browser.test.ts'], browser: firefoxBrowser },
        },
        {
          extends: true,
          test: { name: 'webkit', include: ['src/**/*.browser.test.ts'], browser: webkitBrowser },
        },
      ],
    },
  }),
);
